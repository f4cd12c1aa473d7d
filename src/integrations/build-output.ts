/**
 * `astro build`'s output folder: emptied at the start without stopping the build (src/lib/clear-out-dir.ts),
 * handed to the routes that write their files themselves (src/lib/shared-output.ts,
 * src/data/written-files.ts: chart CSVs, downloads), and at the end how many they wrote.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { clearNow, clearSoon, type Clearing } from '../lib/clear-out-dir.ts';
import { dirOutput, shareBuildOutput, sharedBuildOutput } from '../lib/shared-output.ts';

export function buildOutput(): AstroIntegration {
  let outDir: string | undefined;
  let clearing: Clearing | undefined;
  let building = false;
  return {
    name: 'yearbook:build-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        // This integration empties the folder instead of Astro (below).
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config, logger }) => {
        outDir = fileURLToPath(config.outDir);
        if (!building) return;
        try {
          clearing = clearSoon(outDir);
        } catch (e) {
          // Could not move the old files aside: delete them here, as Astro would have.
          logger.warn(`could not move the last build's files aside (${(e as Error).message}); deleting them now`);
          clearNow(outDir);
        }
      },
      // Only a build writes: `astro dev` has no output folder and serves the routes.
      'astro:build:start': () => {
        if (outDir) shareBuildOutput(dirOutput(outDir));
      },
      'astro:build:done': async ({ logger }) => {
        const output = sharedBuildOutput();
        if (output) logger.info(`${output.count} files written outside page rendering (chart CSVs, downloads)`);
        shareBuildOutput(undefined);
        try {
          await clearing?.done;
        } catch (e) {
          // The site is complete; only the last build's files are still beside it.
          logger.warn(`the last build's files could not all be deleted: ${(e as Error).message}`);
        }
      },
    },
  };
}
