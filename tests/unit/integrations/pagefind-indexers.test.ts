import { describe, expect, it } from 'vitest';
import { indexerCount, MAX_INDEXERS } from '../../../src/integrations/pagefind.ts';

describe('indexerCount', () => {
  it('uses the machine’s cores when not told, within 1…MAX_INDEXERS', () => {
    expect(indexerCount(undefined, 2)).toBe(2);
    expect(indexerCount('', 1)).toBe(1);
    expect(indexerCount(undefined, 64)).toBe(MAX_INDEXERS);
  });

  it('follows YEARBOOK_SEARCH_INDEXERS', () => {
    expect(indexerCount('1', 8)).toBe(1);
    expect(indexerCount('3', 1)).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'two'])('refuses YEARBOOK_SEARCH_INDEXERS=%j with a message naming it', (env) => {
    expect(() => indexerCount(env, 2)).toThrow(/YEARBOOK_SEARCH_INDEXERS/);
  });
});
