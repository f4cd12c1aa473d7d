import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getLastUpdated, gitContentDate } from '../../../src/data/site.ts';
import { formatUpdated, lastUpdated } from '../../../src/lib/site/last-updated.ts';

describe('lastUpdated', () => {
  it.each([
    // The committer's own calendar day, whatever the offset.
    [{ gitDate: '2026-11-22T02:26:22+00:00' }, '2026-11-22'],
    [{ gitDate: '2026-11-22T23:30:00-08:00\n' }, '2026-11-22'],
    [{ gitDate: '2026-01-01T00:10:00+08:00', mtimes: [Date.UTC(2030, 0, 1)] }, '2026-01-01'],
    // No git date: the newest file, read in UTC.
    [{ gitDate: '', mtimes: [Date.UTC(2025, 4, 1), Date.UTC(2025, 11, 31, 23, 59)] }, '2025-12-31'],
    [{ mtimes: [] }, undefined],
    [{}, undefined],
    [{ gitDate: 'fatal: not a git repository' }, undefined],
  ])('%j → %s', (input, date) => {
    expect(lastUpdated(input)).toBe(date);
  });
});

describe('formatUpdated', () => {
  it.each([
    ['2026-11-22', 'zh', '2026年11月22日'],
    ['2026-01-05', 'en', '5 January 2026'],
  ] as const)('%s in %s → %s', (iso, locale, text) => {
    expect(formatUpdated(iso, locale)).toBe(text);
  });
});

describe('reading the date from a content folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'yearbook-updated-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });

  it('in a repository: the date of the last commit touching the folder, not of later commits elsewhere', () => {
    const repo = join(root, 'repo');
    mkdirSync(join(repo, 'content'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'content', 'a.mdx'), 'a');
    git(repo, 'add', '.');
    execFileSync('git', ['commit', '-qm', 'content'], {
      cwd: repo,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
        GIT_COMMITTER_DATE: '2024-03-04T10:00:00+08:00',
      },
    });
    writeFileSync(join(repo, 'README'), 'x');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'elsewhere');
    expect(gitContentDate(join(repo, 'content'))).toBe('2024-03-04T10:00:00+08:00');
    expect(getLastUpdated(join(repo, 'content'))).toBe('2024-03-04');
  });

  it('outside a repository: the newest file time', () => {
    const dir = join(root, 'plain', 'content');
    mkdirSync(join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'a.yaml'), 'a');
    writeFileSync(join(dir, 'reports', 'b.mdx'), 'b');
    utimesSync(join(dir, 'a.yaml'), new Date('2023-01-01T00:00:00Z'), new Date('2023-01-01T00:00:00Z'));
    utimesSync(join(dir, 'reports', 'b.mdx'), new Date('2023-06-30T12:00:00Z'), new Date('2023-06-30T12:00:00Z'));
    expect(gitContentDate(dir)).toBe('');
    expect(getLastUpdated(dir)).toBe('2023-06-30');
  });

  it('a folder that does not exist: no date', () => {
    expect(getLastUpdated(join(root, 'missing'))).toBeUndefined();
  });
});
