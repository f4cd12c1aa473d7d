/**
 * CSV writing (RFC 4180). Each file is written twice: with a UTF-8 BOM, so Excel opens Chinese text
 * correctly, and without (`*-no-bom.csv`), for programs (Python's csv module and Frictionless read the BOM
 * into the first header). Pure.
 */

/** Whether a file starts with the UTF-8 BOM. */
export interface CsvOptions {
  readonly bom?: boolean;
}

const cell = (v: unknown): string => {
  const s =
    v === undefined || v === null
      ? ''
      : Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? v.join(' ') // list cells (ids, never with spaces) are space-separated
        : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? String(v)
          : JSON.stringify(v); // never "[object Object]" in a cell
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The same text as `toCsv`, in pieces of `batch` rows (header first), for writing large files without
 * building one string of the whole table.
 */
export function* csvChunks<T extends object>(
  rows: Iterable<T>,
  columns: readonly (keyof T & string)[],
  batch = 1000,
  { bom = true }: CsvOptions = {},
): Generator<string> {
  yield `${bom ? '\uFEFF' : ''}${columns.map(cell).join(',')}\r\n`;
  let lines: string[] = [];
  for (const r of rows) {
    lines.push(columns.map((c) => cell(r[c])).join(','));
    if (lines.length >= batch) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join('\r\n')}\r\n`;
}

/** Rows of objects to CSV text, columns in the given order, CRLF line ends, BOM first. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.map(cell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Rows whose `labels` list is joined by spaces, as list cells are in every CSV of the site (ids hold no spaces). */
export function* withJoinedLabels<T extends { readonly labels: readonly string[] }>(
  rows: Iterable<T>,
): Generator<Omit<T, 'labels'> & { labels: string }> {
  for (const r of rows) yield { ...r, labels: r.labels.join(' ') };
}
