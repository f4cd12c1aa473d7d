/**
 * Tables that the source lays out one cell per line: each row is a block of tab-indented lines,
 * rows are separated by blank lines (as in the 北海 2021 leadership lists).
 */

/** A table found by {@link findLineTables}. */
export interface LineTable {
  /** index of the first line of the table in the input */
  start: number;
  /** index after the last line of the table (blank lines inside are included) */
  end: number;
  header: string[];
  rows: string[][];
}

/**
 * Finds runs of tab-indented lines grouped by blank lines. A run becomes a table only when the
 * structure is unambiguous: at least two groups, all of the same size (≥ 2 cells). The first
 * group is the header row. Runs that do not qualify are not returned (they stay as lines).
 * @param lines raw (untrimmed) lines
 */
export function findLineTables(lines: readonly string[]): LineTable[] {
  const tables: LineTable[] = [];
  const isCell = (k: number) => /^\t/.test(lines[k] ?? '');
  const isBlank = (k: number) => (lines[k] ?? '').trim() === '';
  let i = 0;
  while (i < lines.length) {
    if (!isCell(i)) {
      i++;
      continue;
    }
    const start = i;
    const groups: string[][] = [];
    let current: string[] = [];
    let lastCell = i;
    while (i < lines.length && (isCell(i) || isBlank(i))) {
      if (isBlank(i)) {
        if (current.length) groups.push(current);
        current = [];
      } else {
        current.push((lines[i] ?? '').trim());
        lastCell = i;
      }
      i++;
    }
    if (current.length) groups.push(current);
    const [header, ...rows] = groups;
    if (header && rows.length >= 1 && header.length >= 2 && rows.every((g) => g.length === header.length)) {
      tables.push({ start, end: lastCell + 1, header, rows });
    }
    i = lastCell + 1;
  }
  return tables;
}

/**
 * Renders a GFM table.
 * @param header header cells
 * @param rows body rows
 * @param escapeCell escaping applied to each cell
 */
export function renderMarkdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  escapeCell: (c: string) => string,
): string {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row)].join('\n');
}
