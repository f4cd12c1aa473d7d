import { describe, it, expect } from 'vitest';
import { toSimplified } from '../../../scripts/lib/import/simplify.ts';

describe('toSimplified', () => {
  it.each([
    // real sentences from 002 after gloss removal
    [
      '2021年以來,在各級領導的全面關心、支持下,巴林左旗圖書館本著一切為了讀者的宗旨',
      '2021年以来,在各级领导的全面关心、支持下,巴林左旗图书馆本着一切为了读者的宗旨',
    ],
    ['利用圖書館公眾號、抖音、微博等網站線上平臺', '利用图书馆公众号、抖音、微博等网站线上平台'],
    ['分別是:“碧流臺鎮”分館、“隆昌鎮”分館', '分别是:“碧流台镇”分馆、“隆昌镇”分馆'],
    [
      '成立了盲人閱覽室,內設盲文圖書150余冊,期刊60種,有聲讀物200余張',
      '成立了盲人阅览室,内设盲文图书150余册,期刊60种,有声读物200余张',
    ],
    [
      '用圖書流動服務車到林東鎮土龍崗村、東方紅村、大良溝等村',
      '用图书流动服务车到林东镇土龙岗村、东方红村、大良沟等村',
    ],
  ])('%s', (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it('copies protected passages (mojibake) through verbatim', () => {
    const garbled = '?shù)卮迕窳执鬆斾N';
    const input = `兩天時間幫助當${garbled}售了1萬2千多斤白菜。`;
    expect(toSimplified(input, 'tw', [garbled])).toBe(`两天时间帮助当${garbled}售了1万2千多斤白菜。`);
    expect(toSimplified(input, 'tw')).not.toContain(garbled); // unprotected, opencc would alter it
  });

  it('leaves simplified text unchanged', () => {
    const s = '2023 年，全区总分馆全年实现文献流通量 126.38 万册次，同比增长 10.66%；';
    expect(toSimplified(s)).toBe(s);
  });
});
