/** Write a synthetic corpus to a folder (the only file I/O of the generator). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../../src/check/load-content.ts';
import { corpusFiles, type CorpusOptions } from './corpus.ts';
import { buildPools } from './source-text.ts';

/** Generate the corpus into `out` (emptied first) from the real reports in `sourceDir`; returns counts. */
export function writeCorpus(
  options: CorpusOptions,
  out: string,
  sourceDir = 'content',
): { libraries: number; reports: number; bytes: number } {
  const pools = buildPools(loadContent(resolve(sourceDir)));
  rmSync(out, { recursive: true, force: true });
  let reports = 0;
  let bytes = 0;
  for (const f of corpusFiles(pools, options)) {
    const p = join(out, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
    bytes += Buffer.byteLength(f.text);
    if (f.path.startsWith('reports/')) reports++;
  }
  return { libraries: options.libraries, reports, bytes };
}
