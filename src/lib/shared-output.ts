/**
 * Files `astro build` writes straight into its output folder instead of rendering each as a route. A
 * route renders one file per path at a fixed cost of its own (request, middleware, response, log line:
 * ~4 ms here), which for tens of thousands of small files — the chart CSVs of a national build — costs
 * minutes; writing the same bytes from the route's `getStaticPaths` costs almost nothing. The
 * integration (src/integrations/build-output.ts) hands the writer to the pages of the same process; in
 * `astro dev` and in tests there is none, and the routes serve every file as before.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { handoff } from './build-handoff.ts';

/**
 * Where files go: a path under the site (`/data/charts/x.csv`, without the base) and its bytes — whole, or
 * piece by piece (a large download is never held whole).
 */
export interface BuildOutput {
  write(path: string, body: string | Uint8Array | Iterable<Uint8Array>): void;
  /** Files written so far. */
  readonly count: number;
}

/** A writer into `outDir`; a path that would leave the folder is an error. */
export function dirOutput(outDir: string): BuildOutput {
  const root = resolve(outDir);
  let count = 0;
  const made = new Set<string>();
  return {
    write(path, body) {
      const file = resolve(join(root, path));
      if (!path.startsWith('/') || !file.startsWith(root + sep))
        throw new Error(`build output: "${path}" is not a path under the site`);
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const fd = openSync(file, 'w');
      try {
        if (typeof body === 'string' || body instanceof Uint8Array) writeAll(fd, body);
        else for (const piece of body) writeAll(fd, piece);
      } finally {
        closeSync(fd);
      }
      count += 1;
    },
    get count() {
      return count;
    },
  };
}

/** All of `data` to `fd` (writeSync may write less than it is given). */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.byteLength) at += writeSync(fd, bytes, at, bytes.byteLength - at);
}

const shared = handoff<BuildOutput>('build-output');

/** Publish the writer for this process (`undefined` removes it). */
export const shareBuildOutput = (output: BuildOutput | undefined): void => shared.put(output);

/** The writer of this `astro build`, if there is one. */
export const sharedBuildOutput = (): BuildOutput | undefined => shared.get();
