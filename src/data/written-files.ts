/**
 * Routes whose files a build writes instead of rendering (src/lib/shared-output.ts): tens of thousands of
 * chart CSVs, and the downloads that `/data/files.json` hashes in the same pass. The same bytes the route's
 * GET serves in `astro dev`, without Astro's per-route cost. In a sharded build each shard writes only its
 * own files, as it renders only its pages.
 */
import { sharedBuildOutput, type BuildOutput } from '../lib/shared-output.ts';
import { thisShardWrites } from './this-shard.ts';

/** One file of such a route: its path under the site, the route's params and props, and how it is written. */
export interface WrittenFile<Params, Props> {
  readonly path: string;
  readonly params: Params;
  readonly props: Props;
  readonly write: (output: BuildOutput) => unknown;
}

/**
 * The route's `getStaticPaths` result: every file as a path when nothing writes them (`astro dev`, tests),
 * else none — each file of this build written to its output folder here, background writes included
 * (`writeSoon`): a file that could not be written fails the route, and the build, here.
 */
export async function routedOrWritten<Params, Props>(
  files: readonly WrittenFile<Params, Props>[],
): Promise<{ params: Params; props: Props }[]> {
  const output = sharedBuildOutput();
  if (!output) return files.map(({ params, props }) => ({ params, props }));
  const writes = await thisShardWrites();
  for (const file of files) if (writes(file.path)) await file.write(output);
  await output.settled();
  return [];
}
