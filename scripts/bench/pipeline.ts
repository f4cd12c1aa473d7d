/**
 * CPU seconds of the build's data pipeline over a corpus, outside Astro: the content check, then the
 * figure rows and events the pages need — recomputed from the bodies (as before the check's results were
 * shared) and taken from the check's results — and the /metrics/ reporters list both ways.
 *
 *   npx tsx scripts/bench/pipeline.ts --content .bench/corpus-100x4 [--src DIR]
 *
 * `--src` points at another checkout's `src/` (e.g. `git archive HEAD src | tar -x -C /tmp/old`) to time
 * the code before a change on the same corpus; steps that code lacks are skipped. One JSON line out.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formerReporters } from './former-reporters.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const src = resolve(opt('src') ?? 'src');
const content = resolve(opt('content') ?? '.bench/corpus-100x4');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(`${src}/${path}`).href)) as T;

type Row = { metric: string; library: string; libraryName: string; year: number };
type Checked = {
  data: { library: string; year: number; figures: Record<string, unknown> };
  body: string;
  found?: ReadonlyMap<string, unknown>;
  events?: readonly unknown[];
};
const { loadContent } = await load<{ loadContent: (d: string) => unknown[] }>('check/load-content.ts');
const { checkContent } = await load<{ checkContent: (f: unknown[]) => { reports: Checked[] } }>(
  'check/check-content.ts',
);
const { figureRows } = await load<{ figureRows: (r: unknown, found?: unknown) => Row[] }>('lib/model/figure-rows.ts');
const { extractEvents } = await load<{ extractEvents: (b: string, r: unknown) => { events: unknown[] } }>(
  'lib/chronicle/events.ts',
);

/** CPU seconds (user + system) of `fn`. */
function cpu<T>(fn: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const out = fn();
  const c = process.cpuUsage(c0);
  return [out, (c.user + c.system) / 1e6];
}
const report = (r: Checked) => ({
  library: r.data.library,
  libraryName: r.data.library,
  year: r.data.year,
  figures: r.data.figures,
  body: r.body,
});

const files = loadContent(content);
const [checked, checkS] = cpu(() => checkContent(files));
// Before sharing, the build matched sentences and extracted events again from Astro's (trimmed) body.
const [rows, rowsS] = cpu(() => checked.reports.flatMap((r) => figureRows({ ...report(r), body: r.body.trim() })));
const [, eventsS] = cpu(() =>
  checked.reports.flatMap((r) => extractEvents(r.body.trim(), { library: r.data.library, year: r.data.year }).events),
);
const shared = checked.reports[0]?.found !== undefined;
const [, sharedS] = shared
  ? cpu(() => checked.reports.map((r) => [figureRows(report(r), r.found), r.events]))
  : [undefined, undefined];
const naive = (id: string): string[] => formerReporters(rows, id);
const metrics = [...new Set(rows.map((r) => r.metric))];
const [, reportersNaiveS] = cpu(() => metrics.map(naive));
let reportersMapS: number | undefined;
try {
  const { reportersByMetric } = await load<{ reportersByMetric: (r: Row[]) => unknown }>(
    'lib/views/metric-reporters.ts',
  );
  reportersMapS = cpu(() => reportersByMetric(rows))[1];
} catch {
  // older code: no src/lib/views/metric-reporters.ts
}
console.log(
  JSON.stringify({
    src,
    content,
    reports: checked.reports.length,
    rows: rows.length,
    checkS,
    rowsRecomputedS: rowsS,
    eventsRecomputedS: eventsS,
    rowsAndEventsSharedS: sharedS,
    reportersNaiveS,
    reportersMapS,
  }),
);
