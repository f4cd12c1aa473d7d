import { describe, it, expect } from 'vitest';
import { detectHeadings, markerStyle } from '../../../scripts/lib/import/headings.ts';

describe('markerStyle', () => {
  it.each([
    ['一、概　述', 'cn-dun'],
    ['七、2022年的工作计划', 'cn-dun'],
    ['（一）政治理论和业务学习有序推进', 'cn-paren'],
    ['（1）举办各项线上、线下公益讲座', 'arabic-paren'],
    ['(2)积极举办各类公共文化活动。', 'arabic-paren'],
    ['1、做好新馆的开放计划。', 'arabic-dun'],
    ['1.积极参加省、市联盟的各项活动。', 'arabic-dot'],
    ['1.5万人次', null],
    ['一是深入推进党的政治建设。', null],
    ['（数据截至 2024 年 1 月 3 日）', null],
    ['2021年北海市图书馆领导人员名单', null],
  ])('%s → %s', (line, style) => {
    expect(markerStyle(line)).toBe(style);
  });
});

/** levels of `lines` as detected (0 = paragraph) */
function levels(lines: string[], extra: string[] = []): number[] {
  const at = new Map(detectHeadings(lines, extra).map((h) => [h.index, h.level]));
  return lines.map((_, i) => at.get(i) ?? 0);
}

describe('detectHeadings', () => {
  it.each([
    {
      name: '000 section 二 (real lines)',
      lines: [
        '。二、主要工作完成情况'.slice(1),
        '（一）政治理论和业务学习有序推进',
        '不断完善学习机制，根据市旅游文体局党组的统一部署和馆内工作安排。',
        '（四）积极举办各种公益性讲座、展览、培训',
        '（1）举办各项线上、线下公益讲座',
        '举办各类公益性讲座是我馆的重点工作之一。',
      ],
      expected: [2, 3, 0, 3, 4, 0],
    },
    {
      name: '000 section 七: 1、 directly under 七、 is ###, (1) is ####, multi-sentence 1. items are paragraphs',
      lines: [
        '七、2022年的工作计划',
        '1、做好新馆的开放计划。',
        '计划在2022年5月1日开放新馆一、二层。',
        '6、继续打造阅读品牌推广活动，积极拓宽为读者服务渠道。',
        '(1)不断创新开展阅读品牌推广活动。',
        '一是积极筹备2022年“‘4.23’世界读书日”系列阅读推广活动。',
        '（3）积极做好阅读联盟活动，加强馆际交流与合作。',
        '1.积极参加省、市联盟的各项活动。积极参加省阅读联盟组织的各项活动，加强与省内其他各市馆、县馆的合作交流。',
        '3.对照评估标准，逐条梳理，摸清家底，补缺补差，为广西公共图书馆职业技能大赛作准备。',
      ],
      expected: [2, 3, 0, 3, 4, 0, 4, 0, 0],
    },
    {
      name: '002 numbered highlights are list paragraphs, not headings',
      lines: [
        '四、全年工作亮点',
        '不断提高、拓展公共文化服务水平。',
        '5、元宵节期间开展线上线下“读者猜灯谜”活动,受益群众400余人;',
        '6、开展“娜荷芽”家庭亲子阅读启动仪式,以及利用图书馆公众号、抖音等线上平台,全年开展32期绘本播音活动。',
        '12、深入巴林左旗查干哈达苏木中心幼儿园和蒙古族小学和林东镇蒙古族幼儿园开展活动。',
        '五、结合党史学习教育开展“我为群众办实事”活动',
      ],
      expected: [2, 0, 0, 0, 0, 2],
    },
    {
      name: '000 unnumbered sections and the chronicle',
      lines: [
        '存在的主要问题',
        '（一）基本服务网点建设有待加强',
        '要进一步加强总分馆制建设。',
        '大事记',
        '1月1日上午，北海市图书馆举办“物尽其用 低碳环保”元旦跳蚤市场活动。',
      ],
      extra: ['存在的主要问题', '大事记'],
      expected: [2, 3, 0, 2, 0],
    },
    {
      name: '001 heading with full-width space, and a long 一、 sentence is not a heading',
      lines: [
        '一、概　述',
        '2020年，北海市图书馆为科级机构，全额拨款事业单位。',
        '六、大事记',
        '1月1日，在北海市图书馆举办新年系列活动。',
      ],
      expected: [2, 0, 2, 0],
    },
  ])('$name', ({ lines, expected, extra }) => {
    expect(levels(lines, extra)).toEqual(expected);
  });
});
