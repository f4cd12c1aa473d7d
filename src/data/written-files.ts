/**
 * Routes of many small files (the chart CSVs) that a build writes instead of rendering
 * (src/lib/shared-output.ts): the same bytes the route's GET serves in `astro dev`, without Astro's
 * per-route cost. In a sharded build each shard writes only its own files, as it renders only its pages.
 */
import { sharedBuildOutput } from '../lib/shared-output.ts';
import { thisShardWrites } from './this-shard.ts';

/** One file of such a route: its path under the site, the route's params and props, and its text. */
export interface WrittenFile<Params, Props> {
  readonly path: string;
  readonly params: Params;
  readonly props: Props;
  readonly text: () => string;
}

/**
 * The route's `getStaticPaths` result: every file as a path when nothing writes them (`astro dev`, tests),
 * else none — each file written to the build's output folder here.
 */
export async function routedOrWritten<Params, Props>(
  files: readonly WrittenFile<Params, Props>[],
): Promise<{ params: Params; props: Props }[]> {
  const output = sharedBuildOutput();
  if (!output) return files.map(({ params, props }) => ({ params, props }));
  const writes = await thisShardWrites();
  for (const file of files) if (writes(file.path)) output.write(file.path, file.text());
  return [];
}
