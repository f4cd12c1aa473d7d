/**
 * Sortable tables, as a progressive enhancement: `<table data-sortable>` whose `<th data-sort>` headers
 * become buttons. Cells sort by their `data-value` (numbers) or text. Without JS the table keeps the
 * order it was built in (by value).
 */

function cellKey(row: HTMLTableRowElement, col: number): string | number {
  const cell = row.cells[col];
  const v = cell?.dataset['value'];
  if (v !== undefined && v !== '' && !Number.isNaN(Number(v))) return Number(v);
  return cell?.textContent?.trim() ?? '';
}

function sortBy(table: HTMLTableElement, th: HTMLTableCellElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const col = th.cellIndex;
  const dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const x = cellKey(a, col);
    const y = cellKey(b, col);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return (dir === 'ascending' ? c : -c) || rows.indexOf(a) - rows.indexOf(b);
  });
  for (const r of rows) body.append(r);
  for (const h of table.querySelectorAll('th[data-sort]')) h.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', dir);
}

/** Turn every `th[data-sort]` of every `table[data-sortable]` into a sort button. */
export function enhanceSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => sortBy(table, th));
    }
  }
}
