import { describe, it, expect } from 'vitest';
import { endsComplete, isPageNumber, joinBrokenLines, dropPageNumbers } from '../../../scripts/lib/import/lines.ts';
import { looksLikeHeading } from '../../../scripts/lib/import/headings.ts';

const heading = (l: string) => looksLikeHeading(l);

describe('joinBrokenLines', () => {
  it.each([
    // real page breaks in 003 (南海)
    [
      ['形成各设备系统的“闭', '', '环”智能化协同运行，并在各楼层设置。'],
      ['形成各设备系统的“闭环”智能化协同运行，并在各楼层设置。'],
    ],
    [
      ['利用“学习强国”“南海组工”等平台载体，', '', '丰富学习形式；三是加强对党员的教育。'],
      ['利用“学习强国”“南海组工”等平台载体，丰富学习形式；三是加强对党员的教育。'],
    ],
    [
      ['我馆志愿服务不再拘泥于图', '', '书整理及活动秩序维护等简易工作。'],
      ['我馆志愿服务不再拘泥于图书整理及活动秩序维护等简易工作。'],
    ],
    [
      [
        '佛山市南海区读书驿站成为全国五个分享案例之一。与会专家学者',
        '',
        '和业界同仁对南海读书驿站的建设予以充分肯定。',
      ],
      ['佛山市南海区读书驿站成为全国五个分享案例之一。与会专家学者和业界同仁对南海读书驿站的建设予以充分肯定。'],
    ],
  ])('joins %j', (input, expected) => {
    expect(joinBrokenLines(input, heading).lines).toEqual(expected);
  });

  it.each([
    // complete lines and headings are never joined
    [['现将年度各项工作报告如下：', '', '一、主要工作及成效']],
    [['一、主要工作及成效', '', '（一）夯实基础，高标准坚持党建引领', '', '一是深入推进党的政治建设。']],
    [['（数据截至 2024 年 1 月 3 日）', '', '2023 年，在部（局）的正确领导下，']],
    [['三、2024年工作重点与思路', '', '（一）久久为功，深化党建引领']],
  ])('keeps %j', (input) => {
    expect(joinBrokenLines(input, heading).lines).toEqual(input);
  });

  it('reports each join', () => {
    const { joins } = joinBrokenLines(['a“闭', '', '环”b。'], heading);
    expect(joins).toHaveLength(1);
    expect(joins[0]?.line).toBe(1);
  });
});

describe('endsComplete / page numbers', () => {
  it.each([
    ['现将年度各项工作报告如下：', true],
    ['覆盖党员干部 90 人次。', true],
    ['（数据截至 2024 年 1 月 3 日）', true],
    ['与会专家学者', false],
    ['等平台载体，', false],
  ])('endsComplete(%s) = %s', (line, expected) => {
    expect(endsComplete(line)).toBe(expected);
  });

  it.each([
    ['12', true],
    ['- 3 -', true],
    ['第 2 页', true],
    ['2023 年，在部（局）的正确领导下，', false],
    ['2021年12月31日', false],
  ])('isPageNumber(%s) = %s', (line, expected) => {
    expect(isPageNumber(line)).toBe(expected);
  });

  it('drops bare page numbers only', () => {
    expect(dropPageNumbers(['正文。', '', '3', '', '正文续。']).lines).toEqual(['正文。', '', '', '正文续。']);
  });
});
