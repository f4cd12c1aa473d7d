/**
 * npm run bench:corpus -- --libraries N --years Y [--seed S] [--out DIR]
 * Writes a synthetic content folder (default `.bench/corpus-<N>x<Y>/`) for benchmarks: N libraries, each
 * with Y years of reports built from the real reports' text. Deterministic from the seed (default 1).
 * Check it with `npx tsx scripts/check.ts --content <DIR>`; build it with YEARBOOK_CONTENT_DIR=<DIR>.
 */
import { writeCorpus } from './bench/write-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? String(args[i + 1]) : fallback;
};
const int = (name: string, fallback: number): number => {
  const n = Number(opt(name, String(fallback)));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got ${opt(name, '')}`);
    process.exit(2);
  }
  return n;
};

const libraries = int('libraries', 10);
const years = int('years', 4);
const seed = int('seed', 1);
const out = opt('out', `.bench/corpus-${libraries}x${years}`);
const t0 = performance.now();
const r = writeCorpus({ libraries, years, seed }, out);
console.log(
  `${out}: ${r.libraries} libraries, ${r.reports} reports, ${(r.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`,
);
