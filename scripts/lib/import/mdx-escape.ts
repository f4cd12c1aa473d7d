/**
 * Escaping of plain prose for MDX, so that every character renders as written and nothing is
 * read as JSX, an expression, emphasis, a link, a list or a block quote.
 */

/** Characters escaped wherever they occur. */
const ALWAYS = /[\\{}<>*_`~[\]|]/g;

/**
 * Escapes one line of prose for use as MDX paragraph or heading text.
 * - `\ { } < > * _ \` ~ [ ] |` get a backslash everywhere;
 * - `&` gets a backslash where it would start a character reference (`&amp;`, `&#12;`);
 * - at line start, `#`, `-`, `+`, `=` and a number followed by `.` or `)` (a list marker) are escaped.
 * @param line one line of plain text (no newlines)
 */
export function escapeMdxText(line: string): string {
  let s = line.replace(ALWAYS, (c) => `\\${c}`);
  s = s.replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
  s = s.replace(/^([#+=-])/, '\\$1');
  s = s.replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/**
 * Escapes a table cell: as {@link escapeMdxText}, without line-start rules (a cell does not start
 * a block) — `|` is always escaped.
 * @param cell cell text
 */
export function escapeTableCell(cell: string): string {
  return cell.replace(ALWAYS, (c) => `\\${c}`).replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}
