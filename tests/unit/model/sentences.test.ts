/**
 * Sentence splitting and figure → sentence matching. The matcher compacts each sentence once when the
 * body is split; a reference implementation that compacts per comparison (the code before that change)
 * must pick the very same sentence for every figure of the real reports.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { metric } from '../../../src/lib/model/catalog.ts';
import { loadContent } from '../../../src/check/load-content.ts';
import { containsNumber, findSentence, mostKeywords, splitSentences } from '../../../src/lib/model/sentences.ts';

/** The matcher as it was: every sentence compacted again for every figure. */
const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '').replace(/\\([{}<>*_#[\]])/g, '$1');
const referenceFind: typeof findSentence = (sentences, written, keywords, quote) => {
  const q = quote ? compact(quote) : undefined;
  const candidates = sentences.filter((s) => containsNumber(s.text, written) && (!q || compact(s.text).includes(q)));
  if (candidates.length === 0 && q)
    return sentences.find(
      (s) => compact(s.text).includes(q.slice(0, Math.min(q.length, 12))) && containsNumber(s.text, written),
    );
  return mostKeywords(candidates, keywords);
};

describe('splitSentences', () => {
  it('splits at sentence ends and table cells, keeps line numbers and a compacted copy', () => {
    const s = splitSentences(
      '## 一、概述\n\n馆藏 126.38 万册。读者\u3000多。\n\n| 项目 | 数量 |\n| --- | --- |\n| 到馆 | 42万 |',
    );
    expect(s.map((x) => [x.line, x.text, x.compact])).toEqual([
      [1, '一、概述', '一、概述'],
      [3, '馆藏 126.38 万册。', '馆藏126.38万册。'],
      [3, '读者\u3000多。', '读者多。'],
      [5, '项目', '项目'],
      [5, '数量', '数量'],
      [7, '到馆', '到馆'],
      [7, '42万', '42万'],
    ]);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('removes Markdown escapes from the compacted text only', () => {
    const [s] = splitSentences('共 \\{1\\} 项');
    expect(s?.text).toBe('共 {1} 项');
    expect(s?.compact).toBe('共{1}项');
  });
});

describe('findSentence', () => {
  const sentences = splitSentences(
    '全年接待读者 36 万人次。馆藏总量364565册，其中图书36万册。\n在编36人。\n馆藏总量约 36 万册，较上年增长。',
  );
  it.each([
    [
      'digit boundaries: 36 does not match inside 364565',
      '364565',
      ['馆藏'],
      undefined,
      '馆藏总量364565册，其中图书36万册。',
    ],
    ['the sentence naming the most keywords wins', '36万', ['较上年'], undefined, '馆藏总量约 36 万册，较上年增长。'],
    ['first candidate on a tie', '36', ['无关'], undefined, '全年接待读者 36 万人次。'],
    ['a quote narrows the candidates', '36', [], '在编36人', '在编36人。'],
    ['nothing found', '37', [], undefined, undefined],
  ])('%s', (_name, written, keywords, quote, expected) => {
    expect(findSentence(sentences, written, keywords, quote)?.text).toBe(expected);
  });

  it('accepts a quote that spans a sentence boundary by its start', () => {
    expect(findSentence(sentences, '36', [], '馆藏总量约36万册，较上年增长。下一句')?.text).toBe(
      '馆藏总量约 36 万册，较上年增长。',
    );
  });

  it('picks the same sentence as the per-comparison reference for every figure of the real reports', () => {
    const content = join(process.cwd(), 'content');
    const result = checkContent(loadContent(content));
    expect(result.reports.length).toBe(
      readdirSync(join(content, 'reports'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length,
    );
    let compared = 0;
    for (const r of result.reports) {
      const sentences = splitSentences(r.body);
      for (const f of Object.values(r.data.figures)) {
        const kw = metric(f.metric).keywords;
        expect(findSentence(sentences, f.written, kw, f.quote)).toEqual(
          referenceFind(sentences, f.written, kw, f.quote),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
