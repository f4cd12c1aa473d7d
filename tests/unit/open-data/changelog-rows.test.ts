/** The data changelog: entries newest first with stable ids, published rows, the newest date. */
import { describe, expect, it } from 'vitest';
import {
  changelogEntries,
  changelogRecords,
  latestChange,
  type ChangelogReport,
} from '../../../src/lib/open-data/changelog-rows.ts';
import { CHANGELOG_COLUMNS, columnNames } from '../../../src/lib/open-data/columns.ts';

const report = (library: string, year: number, changelog: ChangelogReport['changelog']): ChangelogReport => ({
  library,
  libraryName: `${library}馆`,
  year,
  title: `${library} ${year}`,
  changelog,
});

const reports = [
  report('b', 2021, [
    { date: '2026-11-21', kind: 'added' },
    { date: '2026-12-01', kind: 'corrected', note: '更正 use.visits' },
  ]),
  report('a', 2021, [{ date: '2026-11-21', kind: 'added' }]),
  report('a', 2020, [{ date: '2026-11-21', kind: 'added' }]),
  report('c', 2022, []),
];

describe('changelogEntries', () => {
  it('lists every entry newest first, ties by library, year and entry', () => {
    expect(changelogEntries(reports).map((e) => [e.id, e.date, e.kind])).toEqual([
      ['b-2021-2', '2026-12-01', 'corrected'],
      ['a-2020-1', '2026-11-21', 'added'],
      ['a-2021-1', '2026-11-21', 'added'],
      ['b-2021-1', '2026-11-21', 'added'],
    ]);
  });

  it("keeps an entry's id when later entries are appended", () => {
    const before = changelogEntries([report('b', 2021, [{ date: '2026-11-21', kind: 'added' }])]);
    expect(changelogEntries(reports).find((e) => e.date === '2026-11-21' && e.library === 'b')?.id).toBe(before[0]?.id);
  });

  it('links the report page and carries the note', () => {
    const [first] = changelogEntries(reports);
    expect(first).toMatchObject({
      path: '/reports/b/2021/',
      note: '更正 use.visits',
      libraryName: 'b馆',
      report: 'b 2021',
    });
  });

  it('is empty, with no latest date, when no report has a changelog', () => {
    expect(changelogEntries([report('c', 2022, [])])).toEqual([]);
    expect(latestChange([])).toBeUndefined();
  });
});

describe('changelogRecords and latestChange', () => {
  it('publishes every column, null for a missing note, the URL absolute', () => {
    const entries = changelogEntries(reports);
    const rows = changelogRecords(entries, (p) => `https://example.org/yb${p}`);
    expect(Object.keys(rows[1] ?? {})).toEqual(columnNames(CHANGELOG_COLUMNS));
    expect(rows[1]).toMatchObject({ id: 'a-2020-1', note: null, url: 'https://example.org/yb/reports/a/2020/' });
    expect(latestChange(entries)).toBe('2026-12-01');
  });
});
