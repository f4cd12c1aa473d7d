/**
 * The open-data files (`/data/…`): which exist (src/lib/open-data/download-files.ts) and their rows, grouped by report
 * year once. Endpoints stream them, so no file is built as one string.
 */
import { csvChunks } from '../lib/open-data/csv.ts';
import {
  REFERENCE_FILES,
  bomTwinPieces,
  digestChunks,
  hashedPieces,
  type FileDigest,
  downloadEntries,
  downloadType,
  jsonArrayChunks,
  csvTwins,
  streamedResponse,
  type DownloadEntry,
  type DownloadFile,
  type ListedFile,
  type ReferenceFile,
} from '../lib/open-data/download-files.ts';
import { libraryRecords, metricRecords } from '../lib/open-data/reference-tables.ts';
import { METRICS } from '../lib/model/catalog.ts';
import { publishedEvents } from '../lib/open-data/event-rows.ts';
import { figureRecords } from '../lib/open-data/figure-records.ts';
import { changelogEntries, changelogRecords, type ChangeEntry } from '../lib/open-data/changelog-rows.ts';
import {
  CHANGELOG_COLUMNS,
  EVENT_COLUMNS,
  FIGURE_COLUMNS,
  INDICATOR_COLUMNS,
  LIBRARY_COLUMNS,
  METRIC_COLUMNS,
  columnNames,
  publish,
} from '../lib/open-data/columns.ts';
import type { IndicatorRow } from '../lib/open-data/indicator-rows.ts';
import type { FigureRow } from '../lib/model/figure-rows.ts';
import {
  absoluteUrl,
  getEvents,
  getFigureRows,
  getIndicatorRows,
  getLibraries,
  getLibraryNames,
  getReportHeads,
  getReports,
} from './content.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';
import { dataPackage, packageDates, type PackageMeta } from '../lib/open-data/data-package.ts';
import { reportPath } from '../lib/site/paths.ts';
import { DATA_COLUMN_STRINGS } from '../i18n/data-columns-strings.ts';
import { t } from '../i18n/ui.ts';
import { getLastUpdated, siteSettings } from './site.ts';
import { dataRelease, type DataReleaseView, type Release } from '../lib/views/data-release.ts';
import { formatUpdated } from '../lib/site/last-updated.ts';
import { localePath, type Locale } from '../i18n/locales.ts';
import { sharedBuildOutput } from '../lib/shared-output.ts';
import { thisShardWrites } from './this-shard.ts';
import type { WrittenFile } from './written-files.ts';

interface Sets {
  readonly entries: DownloadEntry[];
  readonly figures: ReadonlyMap<'all' | number, readonly FigureRow[]>;
  readonly events: ReadonlyMap<'all' | number, readonly ChronicleEvent[]>;
  readonly indicators: ReadonlyMap<'all' | number, readonly IndicatorRow[]>;
  readonly names: ReadonlyMap<string, string>;
}

let memo: Promise<Sets> | undefined;

function byYear<T extends { year: number }>(items: readonly T[]): Map<'all' | number, T[]> {
  const out = new Map<'all' | number, T[]>([['all', items as T[]]]);
  for (const item of items) {
    const list = out.get(item.year);
    if (list) list.push(item);
    else out.set(item.year, [item]);
  }
  return out;
}

const counts = (m: ReadonlyMap<'all' | number, readonly unknown[]>): Map<number, number> =>
  new Map([...m].flatMap(([k, v]) => (k === 'all' ? [] : [[k, v.length] as const])));

function getSets(): Promise<Sets> {
  memo ??= (async () => {
    const figures = byYear(await getFigureRows());
    const events = byYear(await getEvents());
    const indicators = byYear(await getIndicatorRows());
    const names = await getLibraryNames();
    const entries = downloadEntries((await getReports()).length, counts(figures), counts(events), counts(indicators));
    return { entries, figures, events, indicators, names };
  })();
  return memo;
}

/** Every download of this build (for `/data/files.json` and the per-year routes). */
export async function getDownloadEntries(): Promise<DownloadEntry[]> {
  return (await getSets()).entries;
}

function* indicatorRecords(rows: Iterable<IndicatorRow>): Generator<Readonly<Record<string, unknown>>> {
  for (const r of rows) yield publish(INDICATOR_COLUMNS, { ...r });
}

let changelogMemo: Promise<ChangeEntry[]> | undefined;

/** Every report's changelog entries, newest first (src/lib/open-data/changelog-rows.ts). Built once. */
export function getChangelog(): Promise<ChangeEntry[]> {
  changelogMemo ??= (async () => {
    const heads = await getReportHeads();
    return changelogEntries(heads.map(({ head, report }) => ({ ...head, changelog: report.data.changelog })));
  })();
  return changelogMemo;
}

/** The records of one reference table (`/data/metrics.*`, `/data/libraries.*`, `/data/changelog.*`). */
async function referenceRecords(file: ReferenceFile): Promise<readonly Readonly<Record<string, unknown>>[]> {
  if (file.startsWith('libraries')) return libraryRecords((await getLibraries()).map((l) => l.data));
  if (file.startsWith('changelog')) return changelogRecords(await getChangelog(), absoluteUrl);
  return metricRecords(METRICS);
}

/** The text of one reference table, piece by piece: what its route sends and what files.json hashes. */
async function referenceChunks(file: ReferenceFile): Promise<Iterable<string>> {
  const records = await referenceRecords(file);
  const columns: readonly string[] = file.startsWith('libraries')
    ? columnNames(LIBRARY_COLUMNS)
    : file.startsWith('changelog')
      ? columnNames(CHANGELOG_COLUMNS)
      : columnNames(METRIC_COLUMNS);
  return file.endsWith('.json')
    ? jsonArrayChunks(records)
    : csvChunks<Readonly<Record<string, unknown>>>(records, columns, 1000, { bom: !file.endsWith('-no-bom.csv') });
}

/** The response for one reference table (`/data/metrics.csv`, `/data/libraries.json`, …). */
export async function referenceResponse(file: ReferenceFile): Promise<Response> {
  return streamedResponse(await referenceChunks(file), downloadType(file));
}

/** The text of one download, piece by piece (undefined when the set does not exist). */
async function downloadChunks(scope: 'all' | number, file: DownloadFile): Promise<Iterable<string> | undefined> {
  const { entries, figures, events, indicators, names } = await getSets();
  if (!entries.some((e) => e.scope === scope && e.file === file)) return undefined;
  const table = file.replace(/(-no-bom)?\.(csv|json)$/, '');
  const records = (): Iterable<Readonly<Record<string, unknown>>> =>
    table === 'figures'
      ? figureRecords(figures.get(scope) ?? [], absoluteUrl)
      : table === 'events'
        ? publishedEvents(events.get(scope) ?? [], names, absoluteUrl)
        : indicatorRecords(indicators.get(scope) ?? []);
  const columns = columnNames(
    table === 'figures' ? FIGURE_COLUMNS : table === 'events' ? EVENT_COLUMNS : INDICATOR_COLUMNS,
  );
  return file.endsWith('.json')
    ? jsonArrayChunks(records())
    : csvChunks(records(), columns, 1000, { bom: !file.endsWith('-no-bom.csv') });
}

/** The response for one download; an empty body (Astro writes no file) when the set does not exist. */
export async function downloadResponse(scope: 'all' | number, file: DownloadFile): Promise<Response> {
  const chunks = await downloadChunks(scope, file);
  return chunks ? streamedResponse(chunks, downloadType(file)) : new Response(null);
}

const listedMemo = new Map<string, Promise<FileDigest>>();

/**
 * The size and SHA-256 of a file `/data/files.json` lists, made once per build from the pieces its route
 * would stream (`chunksOf(path)`). Where this build writes the file itself (src/lib/shared-output.ts; its route
 * then renders nothing) the same pass writes it, so no download is produced twice; elsewhere (`astro dev`,
 * another shard's file) the pieces are only hashed. One piece at a time: memory stays that of one piece.
 * A CSV and its BOM-less twin (`figures.csv`, `figures-no-bom.csv`) are one pass over the rows: the twin is
 * the same bytes after the BOM (bomTwinPieces), so its rows are not turned into text a second time.
 */
function listedDigest(path: string, chunksOf: (path: string) => Promise<Iterable<string>>): Promise<FileDigest> {
  if (!listedMemo.has(path)) {
    const twins = csvTwins(path);
    if (twins) {
      const [withBom, withoutBom] = twins;
      const both = twinDigests(withBom, withoutBom, () => chunksOf(withBom));
      listedMemo.set(
        withBom,
        both.then((d) => d[0]),
      );
      listedMemo.set(
        withoutBom,
        both.then((d) => d[1]),
      );
    } else
      listedMemo.set(
        path,
        fileDigest(path, () => chunksOf(path)),
      );
  }
  const memo = listedMemo.get(path);
  if (!memo) throw new Error(`listedDigest: no digest for ${path}`);
  return memo;
}

/** One file's digest, the file written in the same pass where this build writes it. */
async function fileDigest(path: string, chunks: () => Promise<Iterable<string>>): Promise<FileDigest> {
  const output = sharedBuildOutput();
  if (!output || !(await thisShardWrites())(path)) return digestChunks(await chunks());
  const hashed = hashedPieces(await chunks());
  output.write(path, hashed.pieces);
  return hashed.digest();
}

/** A CSV's and its BOM-less twin's digests (`chunks`: the text with the BOM), both written in the same pass where this build writes them. */
async function twinDigests(
  withBom: string,
  twin: string,
  chunks: () => Promise<Iterable<string>>,
): Promise<readonly [FileDigest, FileDigest]> {
  const output = sharedBuildOutput();
  const writes = output ? await thisShardWrites() : () => false;
  const twins = bomTwinPieces(await chunks());
  const written = [withBom, twin].flatMap((p, i) => (writes(p) ? [{ p, i }] : []));
  if (output && written.length)
    output.writeTogether(
      written.map((w) => w.p),
      map(twins.pieces, (step) => written.map((w) => step[w.i] ?? new Uint8Array())),
    );
  else for (const step of twins.pieces) void step;
  return twins.digests();
}

/** `f` over each item of `items`, lazily. */
function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

const downloadDigest = (e: DownloadEntry): Promise<FileDigest> =>
  listedDigest(e.path, async (path) => (await downloadChunks(e.scope, fileName(path) as DownloadFile)) ?? []);
const referenceDigest = (file: ReferenceFile): Promise<FileDigest> =>
  listedDigest(`/data/${file}`, (path) => referenceChunks(fileName(path) as ReferenceFile));

/** A download route's files (src/data/written-files.ts): written, and hashed for files.json, in one pass. */
export const downloadFiles = <Params, Props>(
  entries: readonly { entry: DownloadEntry; params: Params; props: Props }[],
): WrittenFile<Params, Props>[] =>
  entries.map(({ entry, params, props }) => ({ path: entry.path, params, props, write: () => downloadDigest(entry) }));

/** The reference tables' route files, likewise. */
export const referenceFiles = <Params, Props>(
  files: readonly { file: ReferenceFile; params: Params; props: Props }[],
): WrittenFile<Params, Props>[] =>
  files.map(({ file, params, props }) => ({
    path: `/data/${file}`,
    params,
    props,
    write: () => referenceDigest(file),
  }));

/**
 * `/data/files.json`: every download and reference table with its rows, size and SHA-256, hashed from the
 * same pieces its route streams (or, in a build, from the pieces written: listedDigest).
 */
export async function getListedFiles(): Promise<ListedFile[]> {
  const downloads = await Promise.all(
    (await getDownloadEntries()).map(async (e) => ({ ...e, ...(await downloadDigest(e)) })),
  );
  const references = await Promise.all(
    REFERENCE_FILES.map(async (file) => ({
      path: `/data/${file}`,
      scope: 'reference' as const,
      file,
      rows: (await referenceRecords(file)).length,
      ...(await referenceDigest(file)),
    })),
  );
  return [...references, ...downloads];
}

/**
 * `/data/datapackage.json`: the Frictionless descriptor of this build's BOM-less CSVs, with the deployment's
 * licence, a version and date derived from the content's last update, the reports as sources and the
 * libraries that wrote them as authors.
 */
export async function dataPackageDescriptor(): Promise<Record<string, unknown>> {
  const s = t('zh');
  const licence = siteSettings.dataLicence;
  const reports = await getReports();
  const libraries = (await getLibraries()).map((l) => l.data);
  const meta: PackageMeta = {
    title: `${s.siteTitle} · ${s.siteTitleOther}`,
    description: s.siteDescription,
    homepage: absoluteUrl('/data/'),
    ...packageDates(getRelease().updated),
    licenses: [{ name: licence.id, path: licence.url, title: licence.name }],
    sources: reports.map((r) => ({
      title: r.data.title,
      path: absoluteUrl(reportPath({ library: r.data.library.id, year: r.data.year })),
    })),
    contributors: [
      { title: s.siteTitle, role: 'publisher', path: absoluteUrl('/') },
      ...libraries.map((l) => ({ title: l.name, role: 'author', ...(l.website ? { path: l.website } : {}) })),
    ],
  };
  return dataPackage(meta, (await getSets()).entries, DATA_COLUMN_STRINGS.zh);
}

/**
 * The release: the date the data was last updated (src/data/site.ts) and the calendar version made of it
 * (packageDates). The one source of both for datapackage.json, the `/data/` page, its cite line and JSON-LD.
 */
export function getRelease(): Release {
  const updated = getLastUpdated();
  const dates = packageDates(updated);
  return dates.created ? { version: dates.version, updated } : {};
}

/** The `/data/` page's release section (version, date, cite line, changelog) and its `Dataset` JSON-LD. */
export async function getDataReleaseView(locale: Locale): Promise<DataReleaseView> {
  const s = t(locale);
  const files = [
    'datapackage.json',
    'files.json',
    ...REFERENCE_FILES,
    ...(await getDownloadEntries()).map((e) => e.path.replace(/^\/data\//, '')),
  ];
  return dataRelease({
    locale,
    release: getRelease(),
    formatDate: (iso) => formatUpdated(iso, locale),
    author: s.data.release.author,
    datasetName: s.data.release.datasetName,
    description: s.siteDescription,
    pageUrl: absoluteUrl(localePath('/data/', locale)),
    homeUrl: absoluteUrl(localePath('/', locale)),
    licenceUrl: siteSettings.dataLicence.url,
    changelog: await getChangelog(),
    files: files.map((name) => ({ name, url: absoluteUrl(`/data/${name}`) })),
  });
}
