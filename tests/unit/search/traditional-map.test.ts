import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decodeMap, encodeMap, normaliseQuery, traditionalMap } from '../../../src/lib/search/traditional-map.ts';

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
