/**
 * Hands `astro build`'s output folder to the routes that write their files themselves
 * (src/lib/shared-output.ts, src/data/written-files.ts: chart CSVs, downloads), and says at the end how many
 * they wrote.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dirOutput, shareBuildOutput, sharedBuildOutput } from '../lib/shared-output.ts';

export function buildOutput(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'yearbook:build-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Only a build writes: `astro dev` has no output folder and serves the routes.
      'astro:build:start': () => {
        if (outDir) shareBuildOutput(dirOutput(outDir));
      },
      'astro:build:done': ({ logger }) => {
        const output = sharedBuildOutput();
        if (output) logger.info(`${output.count} files written outside page rendering (chart CSVs, downloads)`);
        shareBuildOutput(undefined);
      },
    },
  };
}
