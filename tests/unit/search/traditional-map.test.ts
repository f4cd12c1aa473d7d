import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  DistinctChars,
  decodeMap,
  encodeMap,
  normaliseQuery,
  traditionalMap,
} from '../../../src/lib/search/traditional-map.ts';

const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const map = traditionalMap('北海市图书馆开展读书驿站和盲人阅览室服务，志愿者参与。', converters);

describe('traditionalMap', () => {
  it('maps the Traditional forms of the corpus characters only', () => {
    expect(map['圖']).toBe('图');
    expect(map['書']).toBe('书');
    expect(map['館']).toBe('馆');
    expect(map['驛']).toBe('驿');
    expect(map['鯨']).toBeUndefined();
    expect(Object.values(map).every((s) => '北海市图书馆开展读书驿站和盲人阅览室服务，志愿者参与。'.includes(s))).toBe(
      true,
    );
  });

  it('has stable, sorted keys', () => {
    expect(Object.keys(map)).toEqual(Object.keys(map).sort((a, b) => a.localeCompare(b)));
  });

  it('round-trips through its compact encoding', () => {
    expect(decodeMap(encodeMap(map))).toEqual(map);
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['圖書館', '图书馆'],
    ['讀書驛站', '读书驿站'],
    ['盲人閱覽室', '盲人阅览室'],
    ['  志願者 　服務 ', '志愿者 服务'],
    ['智慧书房', '智慧书房'],
    ['Library 2021', 'Library 2021'],
  ])('%s → %s', (q, expected) => {
    expect(normaliseQuery(q, map)).toBe(expected);
  });
});

describe('DistinctChars', () => {
  /** What it must equal: every string spread into characters, each kept once, in order. */
  const naive = (strings: readonly string[]): string => [...new Set(strings.flatMap((s) => [...s]))].join('');
  const collect = (strings: readonly string[]): string => {
    const seen = new DistinctChars();
    for (const s of strings) seen.add(s);
    return seen.text();
  };

  it.each([
    ['empty', []],
    ['one string', ['北海市图书馆图书馆']],
    ['several strings, repeats across them', ['图书馆 2021', '2021年图书', 'Library 馆']],
    ['characters beyond the BMP (𠮷, 😀) as one character each', ['𠮷野家𠮷', '😀图😀', '𠀀𠮷']],
    [
      'a lone high surrogate at the end of one string and a lone low one at the start of the next',
      ['图\ud842', '\udfb7书'],
    ],
    ['lone surrogates in the middle and a pair made of them elsewhere', ['a\udfb7b\ud842c', '\ud842\udfb7']],
    ['full-width punctuation, spaces and newlines', ['　，。\n\t “”', '\r\n']],
  ])('equals the characters of every string in order of first appearance: %s', (_, strings) => {
    expect(collect(strings)).toBe(naive(strings));
  });

  it('gives the same traditional map as the text spread into characters', () => {
    const texts = ['北海市图书馆开展读书驿站', '盲人阅览室服务，志愿者参与。', '圖書館'];
    expect(traditionalMap(collect(texts), converters)).toEqual(traditionalMap(naive(texts), converters));
  });
});
