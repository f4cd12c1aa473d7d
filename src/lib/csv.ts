/** CSV writing (RFC 4180) with a UTF-8 BOM so Excel opens Chinese text correctly. Pure. */

const cell = (v: unknown): string => {
  const s =
    v === undefined || v === null
      ? ''
      : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v); // never "[object Object]" in a cell
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows of objects to CSV text, columns in the given order, CRLF line ends, BOM first. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.map(cell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
