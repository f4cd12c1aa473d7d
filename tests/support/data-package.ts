/**
 * Reads a built `/data/datapackage.json` with the Frictionless JS library (`datapackage`): the descriptor is
 * validated against the official tabular-data-package profile the library ships, then every resource is
 * read with its Table Schema (every cell cast, required, unique, enum and primary key checked) and its
 * foreign keys resolved. Throws on the first problem, naming the resource.
 */
import { join } from 'node:path';
import { Package } from 'datapackage';

/** What was read: the descriptor and the rows of each resource, by name. */
export interface ReadPackage {
  readonly descriptor: Record<string, unknown>;
  readonly rows: ReadonlyMap<string, number>;
}

/** Load, validate and read every resource of the package in `dataDir` (a built site's `data/` folder). */
export async function readDataPackage(dataDir: string): Promise<ReadPackage> {
  const pkg = await Package.load(join(dataDir, 'datapackage.json'), { strict: false });
  if (!pkg.valid) throw new Error(`datapackage.json: ${pkg.errors.map(String).join('; ')}`);
  const rows = new Map<string, number>();
  for (const resource of pkg.resources) {
    if (!resource.valid) throw new Error(`${resource.name}: ${resource.errors.map(String).join('; ')}`);
    try {
      rows.set(resource.name, (await resource.read({ keyed: true, relations: true })).length);
    } catch (e) {
      const inner = (e as { errors?: unknown[] }).errors ?? [];
      throw new Error(`${resource.name}: ${String(e)} ${inner.map(String).join('; ')}`, { cause: e });
    }
  }
  return { descriptor: pkg.descriptor, rows };
}
