/** Finding a report's figures in the text of one block: ranges only, the text never changes. */
import { describe, expect, it } from 'vitest';
import {
  findNumber,
  includesText,
  locateNumbers,
  pieceRanges,
  type MarkFigure,
} from '../../../src/lib/report-text/number-marks.ts';

const fig = (metric: string, written: string, unit: string, more: Partial<MarkFigure> = {}): MarkFigure => ({
  metric,
  written,
  unit,
  ...more,
});

/** The marked slices of a one-piece block, as `metric=text`. */
function marked(text: string, figures: MarkFigure[]): string[] {
  return locateNumbers([text], figures).marks.map((m) => `${m.metrics.join('+')}=${m.text}`);
}

describe('findNumber', () => {
  it.each([
    ['截止2021年，我馆馆藏总量共364565册。', '364565', [[15, 21]]],
    ['文献流通量 126.38 万册次', '126.38万', [[6, 14]]],
    ['其中专技人员36人，合计364565册', '36', [[6, 8]]],
    ['馆藏364565册', '36', []],
    ['增长 10.66%；3.5万余人次', '3.5万余', [[10, 15]]],
    ['1.5万与21.5万', '1.5万', [[0, 4]]],
    [
      '8个分馆、18个服务点和2018年的8个',
      '8',
      [
        [0, 1],
        [18, 19],
      ],
    ],
  ] as const)('%s ∋ %s', (text, written, ranges) => {
    expect(findNumber(text, written)).toEqual(ranges);
  });
});

describe('locateNumbers', () => {
  it('marks the number and the unit written right after it, never changing the text', () => {
    const text = '全年实现文献流通量 126.38 万册次，同比增长 10.66%；馆藏总量共364565册。';
    const figures = [fig('use.circulation', '126.38万', '册次'), fig('collection.total', '364565', '册')];
    expect(marked(text, figures)).toEqual(['use.circulation=126.38 万册次', 'collection.total=364565册']);
    const { marks } = locateNumbers([text], figures);
    for (const m of marks) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves the unit out when the text writes another word after the number', () => {
    expect(marked('读者42万多人次', [fig('use.visits', '42万多', '人次')])).toEqual(['use.visits=42万多人次']);
    expect(marked('共8个', [fig('network.branches', '8', '所')])).toEqual(['network.branches=8']);
    expect(marked('13024册图书', [fig('c.t', '13024册', '册')])).toEqual(['c.t=13024册']);
  });

  it('picks the sentence of the figure when the number appears twice, and gives that sentence', () => {
    const text = '开展培训8场。新增分馆8个， 服务点7个。';
    const f = fig('network.branches', '8', '个', { sentence: '新增分馆8个，服务点7个。' });
    const { marks, sentences } = locateNumbers([text], [f]);
    expect([marks[0]?.start, marks[0]?.text]).toEqual([11, '8个']);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['新增分馆8个， 服务点7个。']);
  });

  it('gives each sentence once, only for figures marked', () => {
    const text = '分馆8个，服务点7个。读者1万。';
    const { sentences } = locateNumbers(
      [text],
      [
        fig('a.x', '8', '个', { sentence: '分馆8个，服务点7个。' }),
        fig('a.y', '7', '个', { sentence: '分馆8个，服务点7个。' }),
        fig('a.z', '2万', '人', { sentence: '读者1万。' }),
      ],
    );
    expect(sentences).toEqual([{ start: 0, end: 11 }]);
  });

  it('narrows to the quote, and gives two figures with the same number their own places', () => {
    const text = '高级职称8人、中级职称8人。';
    const senior = fig('staff.senior', '8', '人', { sentence: text, quote: '高级职称8人' });
    const middle = fig('staff.intermediate', '8', '人', { sentence: text, quote: '中级职称8人' });
    expect(locateNumbers([text], [middle, senior]).marks.map((m) => [m.metrics[0], m.start])).toEqual([
      ['staff.senior', 4],
      ['staff.intermediate', 11],
    ]);
    // Without quotes, each takes the next free place, in the order given.
    const plain = [fig('a.x', '8', '人', { sentence: text }), fig('a.y', '8', '人', { sentence: text })];
    expect(marked(text, plain)).toEqual(['a.x=8人', 'a.y=8人']);
  });

  it('lets one number that states two figures carry both', () => {
    const text = '成员馆与分馆共8个。';
    expect(marked(text, [fig('network.members', '8', '个'), fig('network.branches', '8', '个')])).toEqual([
      'network.members+network.branches=8个',
    ]);
  });

  it('falls back to the whole block when the sentence or quote is not in it', () => {
    expect(marked('馆藏364565册', [fig('c.t', '364565', '册', { sentence: '别处的句子', quote: '别处' })])).toEqual([
      'c.t=364565册',
    ]);
  });

  it('lists figures whose written form is absent, and marks nothing for them', () => {
    const { marks, missing } = locateNumbers(
      ['馆藏总量共364565册'],
      [fig('c.t', '364566', '册'), fig('c.n', '', '册')],
    );
    expect(marks).toEqual([]);
    expect(missing).toEqual(['c.n', 'c.t']);
  });

  it('finds a number split across inline nodes', () => {
    const pieces = ['累计馆藏量 ', '379.42', ' 万册，新增'];
    const { marks } = locateNumbers(pieces, [fig('collection.total', '379.42万', '册')]);
    expect(marks).toEqual([{ metrics: ['collection.total'], start: 6, end: 15, text: '379.42 万册' }]);
    expect(pieceRanges(pieces, 6, 15)).toEqual([
      { index: 1, from: 0, to: 6 },
      { index: 2, from: 0, to: 3 },
    ]);
  });

  it('never lets a unit run into the next mark', () => {
    const { marks } = locateNumbers(['8个8个'], [fig('a.x', '8', '个8'), fig('a.y', '8', '个')]);
    expect(marks.map((m) => m.text)).toEqual(['8个', '8个']);
  });
});

describe('includesText', () => {
  it('ignores whitespace and Markdown marks', () => {
    expect(includesText('文献流通量 **126.38** 万册次', '流通量126.38万')).toBe(true);
    expect(includesText('abc', '')).toBe(false);
  });
});
