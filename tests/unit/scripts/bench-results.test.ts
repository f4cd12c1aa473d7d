import { describe, expect, it } from 'vitest';
import { mdTable, replaceBlock } from '../../../scripts/bench/results.ts';

describe('mdTable', () => {
  it('writes the head, one alignment a column and a row per cells', () => {
    expect(mdTable(['reports', 'edited file', 'wall s'], 'rlr', [['400', '`a/2021.mdx`', '66.0']])).toEqual([
      '| reports | edited file | wall s |',
      '| ---: | --- | ---: |',
      '| 400 | `a/2021.mdx` | 66.0 |',
    ]);
  });
});

describe('replaceBlock', () => {
  it('replaces what stands between the markers and appends the block where there is none', () => {
    const doc = 'a\n<!-- t -->\nold\n<!-- /t -->\nb\n';
    expect(replaceBlock(doc, 't', 'new')).toBe('a\n<!-- t -->\nnew\n<!-- /t -->\nb\n');
    expect(replaceBlock('a\n', 't', 'new')).toBe('a\n\n<!-- t -->\nnew\n<!-- /t -->\n');
  });
});
