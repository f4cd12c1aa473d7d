/**
 * A figure's wording is cut from its sentence (so it can only say what the sentence says), with the unit
 * the sentence writes; the labels that follow from it (原文单位) and from a part-year period (上半年).
 */
import { describe, expect, it } from 'vitest';
import { deriveWording, periodLabel, sourceUnitLabel, wordingUnit } from '../../../src/lib/model/wording.ts';
import { splitSentences, wholeSentence } from '../../../src/lib/model/sentences.ts';
import { readingZh } from '../../../src/lib/model/figure-format.ts';

describe('deriveWording', () => {
  it.each([
    // sentence, written, quote, wording
    ['全年进馆读者3.5万余人(疫情控制进馆人数)。', '3.5万余', undefined, '3.5万余人'],
    ['我馆共举办活动约327场，参与人数约102719人次。', '约327', undefined, '约327场'],
    ['我馆共举办活动约327场，参与人数约102719人次。', '约102719', undefined, '约102719人次'],
    ['外借图书20多万册次。', '20多万', undefined, '20多万册次'],
    // Spaces the PDF text keeps stay in the wording; the written figure has none.
    ['新增文献 8.87 万册，累计馆藏量 379.42 万册。', '379.42万', undefined, '379.42 万册'],
    ['读书驿站总数达到 270 间。', '270', undefined, '270 间'],
    // A number that occurs twice is cut inside the author's quote.
    ['后勤控制数5人，具有高级职称5人。', '5', '具有高级职称5人', '5人'],
    ['开展线上展览12场，直播2场。', '2', '直播2场', '2场'],
    // Digits glued to others are no match: 36 is not inside 364565.
    ['馆藏364565册，专技人员36人。', '36', undefined, '36人'],
    // No unit after the number: the number alone, as written.
    ['点击量达到150万余。', '150万余', undefined, '150万余'],
    // A figure written with its unit.
    ['新增纸质图书13024册。', '13024册', undefined, '13024册'],
  ])('%s / %s → %s', (sentence, written, quote, wording) => {
    expect(deriveWording(sentence, written, quote)).toBe(wording);
    expect(sentence).toContain(wording);
  });

  it('is undefined when the figure is not in the sentence', () => {
    expect(deriveWording('馆藏总量共364565册。', '364566')).toBeUndefined();
  });
});

describe('wordingUnit and sourceUnitLabel', () => {
  it.each([
    ['3.5万余人', '人', '人次', 'source-unit:人'],
    ['17期', '期', '场次', 'source-unit:期'],
    ['约327场', '场', '场次', 'source-unit:场'],
    ['300场次', '场次', '场次', undefined],
    // Counting words that mean the metric's unit need no label.
    ['123名', '名', '人', undefined],
    ['270 间', '间', '个', undefined],
    ['150万余', '', '人次', undefined],
  ])('%s: unit %s, metric unit %s → %s', (wording, unit, metricUnit, label) => {
    expect(wordingUnit(wording)).toBe(unit);
    expect(sourceUnitLabel(wording, metricUnit)).toBe(label);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2021-01', '2021-06', 'first-half'],
    ['2021-01-01', '2021-06-30', 'first-half'],
    ['2021-07', '2021-12', 'second-half'],
    ['2021-01', '2021-09', 'part-year:1–9月'],
    ['2021-03', '2021-03', 'part-year:3月'],
    ['2021-01-01', '2021-06-15', 'part-year:1月1日–6月15日'],
  ])('%s/%s → %s', (from, to, label) => {
    expect(periodLabel({ from, to })).toBe(label);
  });
  it('a full year has no period and no label', () => expect(periodLabel(undefined)).toBeUndefined());
});

describe('wholeSentence', () => {
  it('joins the clauses a ； splits, up to the 。, on the same line only', () => {
    const body =
      '前一句。全区总分馆流通量 126.38 万册次；新增文献 8.87 万册，累计馆藏量 379.42 万册。后一句。\n下一行；';
    const ss = splitSentences(body);
    const clause = ss.find((s) => s.text.includes('379.42'));
    expect(clause?.text).not.toContain('全区');
    expect(clause && wholeSentence(ss, clause)).toBe(
      '全区总分馆流通量 126.38 万册次；新增文献 8.87 万册，累计馆藏量 379.42 万册。',
    );
    const last = ss.at(-1);
    expect(last && wholeSentence(ss, last)).toBe('下一行；');
  });
});

describe('readingZh', () => {
  it.each([
    [364565, 'exact', '36.4565万'],
    [3794200, 'exact', '379.42万'],
    [420000, 'more-than', '多于42万'],
    [200000, 'about', '约20万'],
    [15000, 'nearly', '近1.5万'],
    [301, 'exact', '301'],
  ] as const)('%s %s → %s', (value, q, text) => expect(readingZh(value, q)).toBe(text));
});
