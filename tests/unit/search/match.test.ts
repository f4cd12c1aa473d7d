import { describe, expect, it } from 'vitest';
import {
  containsTerms,
  matchCount,
  queryTerms,
  resultText,
  takeMatching,
  type Segment,
} from '../../../src/lib/search/match.ts';

/** The segmenter the search page uses (Pagefind's, for a Chinese index). */
const zh = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment: Segment = (s) => [...zh.segment(s)].map((w) => w.segment);
/** A fixed segmentation, so the cases below do not depend on the ICU version's dictionary. */
const fixed =
  (words: Record<string, string[]>): Segment =>
  (s) =>
    words[s] ?? s.split(/(\s+)/);

describe('queryTerms', () => {
  it.each([
    ['志愿者', { 志愿者: ['志愿', '者'] }, ['志愿', '者']],
    ['Library 2021', {}, ['library', '2021']],
    ['“读书驿站”，', { '“读书驿站”，': ['“', '读书', '驿站', '”', '，'] }, ['读书', '驿站']],
    ["don't", {}, ['dont']],
    ['Zürich zurich', {}, ['zurich']],
    ['snake_case', {}, ['snake_case']],
    ['  ', {}, []],
  ])('%s → %j', (query, words, expected) => {
    expect(queryTerms(query, fixed(words))).toEqual(expected);
  });

  it('splits Chinese like the browser, so each term is a piece of the query', () => {
    const terms = queryTerms('北海市图书馆志愿者', segment);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.join('')).toBe('北海市图书馆志愿者');
  });
});

describe('containsTerms', () => {
  const report =
    '假期带领图书馆志愿者开展“我为群众办实事”活动。下载CSV。Registered users 2021年 COVID-19 Zürich users.newCards HTMLParser';
  it.each([
    [['志愿', '者'], true],
    [['志愿者'], true],
    [['读者'], false], // the loose match of the bug: 者 alone is there, 读者 is not
    [['志愿', '读者'], false],
    [['csv'], true], // after a CJK character
    [['regist'], true], // a prefix of a word
    [['gister'], false], // not at the start of a word
    [['2021'], true],
    [['covid', '19'], true],
    [['covid19'], true], // Pagefind's joined form of a hyphenated word
    [['zurich'], true],
    [['newcards'], true], // a metric id as written
    [['cards'], true], // and its camel-case part, which Pagefind indexes too
    [['parser'], true],
    [['html'], true],
    [['ards'], false],
    [[], true],
  ])('%j → %s', (terms, expected) => {
    expect(containsTerms(report, terms)).toBe(expected);
  });

  it('ignores spaces between CJK characters (block boundaries in the page text)', () => {
    expect(containsTerms('招募志愿 者', ['志愿者'])).toBe(true);
  });

  it('finds every query that a page holds, with the browser segmenter', () => {
    const text = '北海市图书馆文化志愿者一行到北海，开展读书驿站和盲人阅览室服务。';
    for (const q of ['志愿者', '读书驿站', '盲人阅览室', '北海市图书馆']) {
      expect(containsTerms(text, queryTerms(q, segment)), q).toBe(true);
    }
    expect(containsTerms(text, queryTerms('法治公益学堂', segment))).toBe(false);
  });
});

describe('resultText', () => {
  it('joins the content with the metadata, so a title-only match counts', () => {
    const text = resultText({ content: '正文', meta: { title: '北海市图书馆 2021', image: undefined } });
    expect(containsTerms(text, ['北海市'])).toBe(true);
    expect(containsTerms(text, ['正文'])).toBe(true);
  });
});

describe('takeMatching', () => {
  /** Candidates 0…n-1; `load` records what it was asked for. */
  function setup(n: number) {
    const loaded: number[] = [];
    const candidates = Array.from({ length: n }, (_, i) => i);
    const load = (i: number): Promise<number> => {
      loaded.push(i);
      return Promise.resolve(i);
    };
    return { candidates, load, loaded };
  }

  it('loads only as many as it shows when all match', async () => {
    const { candidates, load, loaded } = setup(1000);
    const taken = await takeMatching(candidates, load, () => true, 30, 10);
    expect(taken.kept).toEqual(candidates.slice(0, 30));
    expect(taken.exhausted).toBe(false);
    expect(loaded).toHaveLength(30);
  });

  it('skips the rejected ones, keeping the order, and loads a few more to make up for them', async () => {
    const { candidates, load, loaded } = setup(100);
    const taken = await takeMatching(candidates, load, (i) => i % 3 !== 0, 5, 4);
    expect(taken.kept).toEqual([1, 2, 4, 5, 7]);
    expect(taken.exhausted).toBe(false);
    expect(loaded).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('checks every candidate when fewer match than the limit', async () => {
    const { candidates, load, loaded } = setup(25);
    const taken = await takeMatching(candidates, load, (i) => i >= 20, 30, 10);
    expect(taken.kept).toEqual([20, 21, 22, 23, 24]);
    expect(taken.exhausted).toBe(true);
    expect(loaded).toHaveLength(25);
  });

  it('is exhausted when the last candidate fills the limit', async () => {
    const { candidates, load } = setup(30);
    expect((await takeMatching(candidates, load, () => true, 30, 10)).exhausted).toBe(true);
  });

  it('handles no candidates', async () => {
    const { load, loaded } = setup(0);
    expect(await takeMatching([], load, () => true, 30, 10)).toEqual({ kept: [], exhausted: true, next: 0 });
    expect(loaded).toEqual([]);
  });

  it('goes on from where it stopped, so "more" shows the next ones and loads each candidate once', async () => {
    const { candidates, load, loaded } = setup(40);
    const first = await takeMatching(candidates, load, (i) => i % 2 === 0, 10, 10);
    expect(first.kept).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    const second = await takeMatching(candidates, load, (i) => i % 2 === 0, 10, 10, first.next);
    expect(second.kept).toEqual([20, 22, 24, 26, 28, 30, 32, 34, 36, 38]);
    const third = await takeMatching(candidates, load, (i) => i % 2 === 0, 10, 10, second.next);
    expect(third).toEqual({ kept: [], exhausted: true, next: 40 });
    expect(loaded).toEqual(candidates);
  });
});

describe('matchCount', () => {
  it.each([
    [{ kept: [1, 2], exhausted: true }, 9, true, { exact: 2 }],
    [{ kept: [1, 2], exhausted: false }, 9, true, { atLeast: 2, atMost: 9 }],
    [{ kept: [1, 2], exhausted: false }, 9, false, { exact: 9 }],
    [{ kept: [], exhausted: true }, 4, true, { exact: 0 }],
  ])('%j of %i (terms: %s) → %j', (taken, candidates, hasTerms, expected) => {
    expect(matchCount(taken, candidates, hasTerms)).toEqual(expected);
  });
});
