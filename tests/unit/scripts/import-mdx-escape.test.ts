import { describe, it, expect } from 'vitest';
import { escapeMdxText, escapeTableCell } from '../../../scripts/lib/import/mdx-escape.ts';
import { findLineTables, renderMarkdownTable } from '../../../scripts/lib/import/tables.ts';

describe('escapeMdxText', () => {
  it.each([
    ['當前位置:首頁 >> 規劃年報', '當前位置:首頁 \\>\\> 規劃年報'],
    ['橹黝}送文化下鄉', '橹黝\\}送文化下鄉'],
    ['{x} <b>', '\\{x\\} \\<b\\>'],
    ['1.积极参加省、市联盟的各项活动。', '1\\.积极参加省、市联盟的各项活动。'],
    ['# 号', '\\# 号'],
    ['- 3 -', '\\- 3 -'],
    ['a*b*c_d_', 'a\\*b\\*c\\_d\\_'],
    ['&amp; & 1', '\\&amp; & 1'],
    ['a|b', 'a\\|b'],
    // ordinary report text is unchanged
    ['“北海贝雕--北海非遗线上视频展播”专题展', '“北海贝雕--北海非遗线上视频展播”专题展'],
    ['2月-3月，闭馆不打烊', '2月-3月，闭馆不打烊'],
    ['(1)不断创新开展阅读品牌推广活动。', '(1)不断创新开展阅读品牌推广活动。'],
  ])('%s', (input, expected) => {
    expect(escapeMdxText(input)).toBe(expected);
  });

  it('escapes pipes in cells', () => {
    expect(escapeTableCell('a|b')).toBe('a\\|b');
  });
});

describe('findLineTables (000 leadership list)', () => {
  const lines = [
    '2021年北海市图书馆党组织领导人员名单',
    '',
    '\t姓名',
    '\t性别',
    '\t职务',
    '\t任职时间',
    '',
    '\t李道海',
    '\t男',
    '\t书记',
    '\t2013年8月-',
    '',
    '\t陈宗雁',
    '\t女',
    '\t副书记',
    '\t2021年2月-',
    '',
    '',
    '2021年是中国共产党成立100周年。',
  ];
  it('finds one 4-column table', () => {
    const [t, ...rest] = findLineTables(lines);
    expect(rest).toHaveLength(0);
    if (!t) throw new Error('no table found');
    expect(t.header).toEqual(['姓名', '性别', '职务', '任职时间']);
    expect(t.rows).toEqual([
      ['李道海', '男', '书记', '2013年8月-'],
      ['陈宗雁', '女', '副书记', '2021年2月-'],
    ]);
    expect(lines[t.end - 1]).toBe('\t2021年2月-');
    expect(renderMarkdownTable(t.header, t.rows, escapeTableCell).split('\n')[1]).toBe('| --- | --- | --- | --- |');
  });
  it('leaves ragged groups alone', () => {
    expect(findLineTables(['\ta', '\tb', '', '\tc'])).toEqual([]);
  });
});
