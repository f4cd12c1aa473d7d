/**
 * The open-data downloads at scale: JSON written in pieces (byte-identical to `JSON.stringify(items,
 * null, 1)`), a streamed `Response` so no file is ever one JavaScript string (V8 caps strings at ~0.5 G
 * characters), and which files exist: one set per year always, the whole-corpus set only for corpora
 * of at most WHOLE_DOWNLOAD_LIMIT reports.
 */
import { createHash } from 'node:crypto';

/** Up to this many reports, `/data/figures.csv` etc. hold the whole corpus; above, only per-year files. */
export const WHOLE_DOWNLOAD_LIMIT = 1000;

/** The downloads of a set: each table as CSV with BOM (for Excel), CSV without BOM (for programs) and JSON. */
export const DOWNLOAD_FILES = [
  'figures.csv',
  'figures-no-bom.csv',
  'figures.json',
  'events.csv',
  'events-no-bom.csv',
  'events.json',
  'indicators.csv',
  'indicators-no-bom.csv',
  'indicators.json',
] as const;
export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

/** The reference tables (metric catalog, libraries, data changelog): written once, at `/data/`, whatever the corpus size. */
export const REFERENCE_FILES = [
  'metrics.csv',
  'metrics-no-bom.csv',
  'metrics.json',
  'libraries.csv',
  'libraries-no-bom.csv',
  'libraries.json',
  'changelog.csv',
  'changelog-no-bom.csv',
  'changelog.json',
] as const;
export type ReferenceFile = (typeof REFERENCE_FILES)[number];

/** `JSON.stringify(items, null, 1) + '\n'`, in pieces of `batch` items. */
export function* jsonArrayChunks(items: Iterable<unknown>, batch = 500): Generator<string> {
  let first = true;
  let parts: string[] = [];
  const flush = (): string => {
    const s = (first ? '[\n' : ',\n') + parts.join(',\n');
    first = false;
    parts = [];
    return s;
  };
  for (const item of items) {
    // Nested lines get one more space of indent; newlines inside strings are escaped, so only
    // structural newlines are touched.
    parts.push(` ${JSON.stringify(item, null, 1).replace(/\n/g, '\n ')}`);
    if (parts.length >= batch) yield flush();
  }
  if (parts.length) yield flush();
  yield first ? '[]\n' : '\n]\n';
}

/** The UTF-8 bytes of `chunks`, piece by piece: what a download's response sends and what its digest hashes. */
export function* utf8Chunks(chunks: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const chunk of chunks) yield encoder.encode(chunk);
}

/** A response whose body is produced piece by piece (UTF-8). */
export function streamedResponse(chunks: Iterable<string>, contentType: string): Response {
  const it = utf8Chunks(chunks);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** Size and SHA-256 of a file, as `/data/files.json` lists them. */
export interface FileDigest {
  /** Bytes in the file. */
  readonly bytes: number;
  /** SHA-256 of the bytes, lowercase hex (`sha256sum` prints the same). */
  readonly sha256: string;
}

/** Size and SHA-256 of bytes given piece by piece: `digest()` once all are given. */
function digester(): { update(piece: Uint8Array): void; digest(): FileDigest } {
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    update(piece) {
      hash.update(piece);
      bytes += piece.byteLength;
    },
    digest: () => ({ bytes, sha256: hash.digest('hex') }),
  };
}

/**
 * The UTF-8 pieces `streamedResponse(chunks)` would send, hashed as they pass: `digest()` once every piece has
 * passed. A file written from `pieces` is listed with the hash of exactly its bytes, in one pass over its rows.
 */
export function hashedPieces(chunks: Iterable<string>): {
  readonly pieces: Iterable<Uint8Array>;
  readonly digest: () => FileDigest;
} {
  const hash = digester();
  let done: FileDigest | undefined;
  function* pieces(): Generator<Uint8Array> {
    for (const piece of utf8Chunks(chunks)) {
      hash.update(piece);
      yield piece;
    }
    done = hash.digest();
  }
  return {
    pieces: pieces(),
    digest: () => {
      if (!done) throw new Error('hashedPieces: the digest was asked for before every piece had passed');
      return done;
    },
  };
}

/** The UTF-8 byte order mark, which starts every `*.csv` download (and not its `*-no-bom.csv` twin). */
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * A file that starts with the BOM and its twin without it (`figures.csv`, `figures-no-bom.csv`), from one pass
 * over `chunks` (the text with the BOM): each step gives the file's piece and the twin's, which is the same
 * piece but for the first three bytes; `digests()` gives both files' once every piece has passed. The twin's
 * bytes are those its own route sends (`csvChunks(…, { bom: false })`): the same text after the BOM.
 */
export function bomTwinPieces(chunks: Iterable<string>): {
  readonly pieces: Iterable<readonly [withBom: Uint8Array, withoutBom: Uint8Array]>;
  readonly digests: () => readonly [withBom: FileDigest, withoutBom: FileDigest];
} {
  const hashes = [digester(), digester()] as const;
  let done: readonly [FileDigest, FileDigest] | undefined;
  function* pieces(): Generator<readonly [Uint8Array, Uint8Array]> {
    let first = true;
    for (const piece of utf8Chunks(chunks)) {
      if (first && !BOM.every((b, i) => piece[i] === b))
        throw new Error('bomTwinPieces: the text does not start with the byte order mark');
      const pair = [piece, first ? piece.subarray(BOM.length) : piece] as const;
      first = false;
      hashes[0].update(pair[0]);
      hashes[1].update(pair[1]);
      yield pair;
    }
    if (first) throw new Error('bomTwinPieces: the text is empty, with no byte order mark');
    done = [hashes[0].digest(), hashes[1].digest()];
  }
  return {
    pieces: pieces(),
    digests: () => {
      if (!done) throw new Error('bomTwinPieces: the digests were asked for before every piece had passed');
      return done;
    },
  };
}

/**
 * The CSV with BOM and its `*-no-bom.csv` twin that `file` is one of (`figures.csv` or `figures-no-bom.csv` →
 * both), or undefined for a file that is not a CSV.
 */
export function csvTwins(file: string): readonly [withBom: string, withoutBom: string] | undefined {
  if (!file.endsWith('.csv')) return undefined;
  const withBom = file.replace(/-no-bom\.csv$/, '.csv');
  return [withBom, withBom.replace(/\.csv$/, '-no-bom.csv')];
}

/**
 * The size and SHA-256 of the bytes `streamedResponse(chunks)` would send: the same pieces through the same
 * encoder, so a listed hash is the served file's, never that of a copy made differently.
 */
export function digestChunks(chunks: Iterable<string>): FileDigest {
  const hashed = hashedPieces(chunks);
  for (const piece of hashed.pieces) void piece;
  return hashed.digest();
}

/** Content type of a download. */
export const downloadType = (file: DownloadFile | ReferenceFile): string =>
  file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

/** One entry of `/data/files.json`. */
export interface DownloadEntry {
  /** Site path, e.g. `/data/2021/figures.csv`. */
  readonly path: string;
  /** `all` or the year. */
  readonly scope: 'all' | number;
  readonly file: DownloadFile;
  /** Rows (figures, events or indicators) in the file. */
  readonly rows: number;
}

/** One entry of `/data/files.json`: a download or a reference table (scope `reference`), with its size and hash. */
export interface ListedFile extends FileDigest {
  readonly path: string;
  readonly scope: 'all' | number | 'reference';
  readonly file: DownloadFile | ReferenceFile;
  /** Rows in the file (for a reference table: its records). */
  readonly rows: number;
}

/** Every download of a corpus: per-year sets, and the whole-corpus set when the corpus is small. */
export function downloadEntries(
  reports: number,
  figuresByYear: ReadonlyMap<number, number>,
  eventsByYear: ReadonlyMap<number, number>,
  indicatorsByYear: ReadonlyMap<number, number> = new Map(),
): DownloadEntry[] {
  const years = [...new Set([...figuresByYear.keys(), ...eventsByYear.keys()])].sort((a, b) => a - b);
  const count = (file: DownloadFile, year: number | 'all'): number => {
    const m = file.startsWith('figures') ? figuresByYear : file.startsWith('events') ? eventsByYear : indicatorsByYear;
    return year === 'all' ? [...m.values()].reduce((n, c) => n + c, 0) : (m.get(year) ?? 0);
  };
  const scopes: ('all' | number)[] = [...(reports <= WHOLE_DOWNLOAD_LIMIT ? ['all' as const] : []), ...years];
  return scopes.flatMap((scope) =>
    DOWNLOAD_FILES.map((file) => ({
      path: scope === 'all' ? `/data/${file}` : `/data/${scope}/${file}`,
      scope,
      file,
      rows: count(file, scope),
    })),
  );
}
