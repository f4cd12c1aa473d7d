import { describe, it, expect } from 'vitest';
import { findPinyinGlosses, isPinyinGloss, removePinyinGlosses } from '../../../scripts/lib/import/glosses.ts';

describe('removePinyinGlosses', () => {
  it.each([
    // real snippets from 002 (巴林左旗, web scrape)
    ['新聞動(dòng)態(tài)', '新聞動態'],
    ['2021年以來(lái),在各級(jí)領(lǐng)導(dǎo)的全面關(guān)心、支持下', '2021年以來,在各級領導的全面關心、支持下'],
    [
      '為每個(gè)分館配備圖書1萬(wàn)余冊(cè)圖書,(其中電子版圖書10000、紙質(zhì)圖書不同為2000、500、200冊(cè)等)',
      '為每個分館配備圖書1萬余冊圖書,(其中電子版圖書10000、紙質圖書不同為2000、500、200冊等)',
    ],
    ['全年進(jìn)館讀者3.5萬(wàn)余人(疫情控制進(jìn)館人數(shù))。', '全年進館讀者3.5萬余人(疫情控制進館人數)。'],
    ['“上京e路通,左旗夕陽(yáng)紅”', '“上京e路通,左旗夕陽紅”'],
    ['图书(tú shū)馆', '图书馆'],
    ['绿(lǜ)色', '绿色'],
  ])('%s → %s', (input, expected) => {
    expect(removePinyinGlosses(input)).toBe(expected);
  });

  it.each([
    // real parentheses that must stay (from 000, 001, 003)
    '平台可实现多终端（PC端、移动端、触摸屏端）发布',
    '珠城大讲坛--红十字应急救护知识百姓学堂(第57期)在北海市图书馆举行。',
    '本次活动在城市智慧书房(英国领事馆旧址点)举行',
    '根据部(局)、教育局以及财政局的反馈情况',
    '(1)不断创新开展阅读品牌推广活动。',
    '新馆发展规划（2023-2025）',
    '报告(2021)',
    '读书(app)推广', // lowercase ASCII but no tone mark: not a gloss
    'NO.1活动',
    // mojibake in 002 has no opening parenthesis: left alone
    '開展“我?guī)湍恪の幕菝瘛睘橹黝}送文化下鄉',
  ])('keeps %s', (input) => {
    expect(removePinyinGlosses(input)).toBe(input);
  });

  it('finds glosses in order', () => {
    expect(findPinyinGlosses('當(dāng)前位置:首頁(yè)')).toEqual(['(dāng)', '(yè)']);
  });

  it.each([
    ['dòng', true],
    ['tú shū', true],
    ['lǜ', true],
    ['de', false],
    ['PC', false],
    ['2021', false],
  ])('isPinyinGloss(%s) = %s', (inner, expected) => {
    expect(isPinyinGloss(inner)).toBe(expected);
  });
});
