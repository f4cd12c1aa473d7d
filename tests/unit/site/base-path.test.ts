import { describe, expect, it } from 'vitest';
import { joinBase, withBase } from '../../../src/lib/site/base-path.ts';

describe('withBase (links written in MDX)', () => {
  it.each([
    ['/yearbook/', '/libraries/beihai/', '/yearbook/libraries/beihai/'],
    ['/yearbook', '/data/figures.csv', '/yearbook/data/figures.csv'],
    ['/yearbook/', '/', '/yearbook/'],
    ['/yearbook/', '/yearbook/data/', '/yearbook/data/'],
    ['/yearbook/', '/yearbook', '/yearbook'],
    ['/yearbook/', '/yearbooks/', '/yearbook/yearbooks/'],
    ['/', '/libraries/beihai/', '/libraries/beihai/'],
    ['/yearbook/', 'https://example.org/x', 'https://example.org/x'],
    ['/yearbook/', '//cdn.example.org/x', '//cdn.example.org/x'],
    ['/yearbook/', '#figures', '#figures'],
    ['/yearbook/', '?q=1', '?q=1'],
    ['/yearbook/', '../2020/', '../2020/'],
    ['/yearbook/', 'mailto:a@example.org', 'mailto:a@example.org'],
  ])('base %s, link %s → %s', (base, link, expected) => {
    expect(withBase(base, link)).toBe(expected);
  });
});

describe('joinBase (site paths)', () => {
  it.each([
    ['/', '/reports/x/', '/reports/x/'],
    ['/yearbook/', '/reports/x/', '/yearbook/reports/x/'],
    ['/yearbook', 'data/', '/yearbook/data/'],
    ['/yearbook/', '#main', '#main'],
  ])('base %s, path %s → %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});
