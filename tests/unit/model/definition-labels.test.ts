/** The scope and definition-label catalogs, and how the figure schema reads what authors write. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTHORED_LABELS,
  DEFINITION_LABELS,
  authoredLabelId,
  isDerivedLabel,
  labelMeaning,
  labelText,
} from '../../../src/lib/model/definition-labels.ts';
import { SCOPES, SCOPE_IDS, widerScopeWords } from '../../../src/lib/model/scope.ts';
import { figureSchema } from '../../../src/schemas/figure.ts';
import { metric } from '../../../src/lib/model/catalog.ts';

describe('definition label catalog', () => {
  it('has unique ids and short texts, each with a meaning in both languages', () => {
    const ids = DEFINITION_LABELS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = AUTHORED_LABELS.map((l) => l.zh);
    expect(new Set(texts).size).toBe(texts.length);
    for (const l of DEFINITION_LABELS) {
      expect(l.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(l.meaning.length).toBeGreaterThan(4);
      expect(l.meaningEn).toMatch(/[A-Za-z]/);
      // A badge is a few characters, not a sentence.
      expect(l.zh.replace('{arg}', '').length).toBeLessThanOrEqual(8);
    }
  });

  it.each([
    ['quiz-only', '仅知识竞答类', 'quizzes only'],
    ['source-unit:人', '原文单位：人', 'source unit: 人'],
    ['first-half', '上半年', 'first half-year'],
    ['part-year:1–9月', '1–9月', 'part of the year: 1–9月'],
    ['no-such-label', 'no-such-label', 'no-such-label'],
  ])('labelText(%s) = %s / %s', (ref, zh, en) => {
    expect(labelText(ref)).toBe(zh);
    expect(labelText(ref, 'en')).toBe(en);
  });

  it('reads an authored label by id or by its Chinese text, and knows the derived ones', () => {
    expect(authoredLabelId('含线上')).toBe('includes-online');
    expect(authoredLabelId('includes-online')).toBe('includes-online');
    expect(authoredLabelId('source-unit')).toBeUndefined();
    expect(isDerivedLabel('原文单位：期')).toBe(true);
    expect(isDerivedLabel('上半年')).toBe(true);
    expect(isDerivedLabel('first-half')).toBe(true);
    expect(isDerivedLabel('含线上')).toBe(false);
    expect(labelMeaning('source-unit:期')).toMatch(/单位/);
  });
});

describe('the staff guide', () => {
  it('lists every label an author may write, with its text, and every scope', () => {
    const guide = readFileSync('content/README.md', 'utf8');
    for (const l of AUTHORED_LABELS) expect(guide).toContain(`| \`${l.id}\` | ${l.zh} | ${l.meaning} |`);
    for (const s of SCOPE_IDS) expect(guide).toContain(`| \`${s}\` | ${SCOPES[s].zh} |`);
  });
});

describe('scope catalog', () => {
  it('library is the default and the narrowest; every scope has labels and meanings', () => {
    expect(SCOPE_IDS[0]).toBe('library');
    for (const s of SCOPE_IDS) {
      expect(SCOPES[s].id).toBe(s);
      expect(SCOPES[s].zh.length).toBeGreaterThan(1);
      expect(SCOPES[s].meaningEn).toMatch(/[A-Za-z]/);
    }
  });
  it('finds the wider-scope words of a sentence', () => {
    expect(widerScopeWords('2023 年，全区总分馆全年实现文献流通量 126.38 万册次')).toEqual(['全区', '总分馆']);
    expect(widerScopeWords('我馆共举办活动约327场')).toEqual([]);
  });
});

describe('figure schema: scope, labels, wording', () => {
  const schema = figureSchema(metric('events.total'));
  it('defaults to the library alone, with no labels', () => {
    const f = schema.parse(301);
    expect(f).toMatchObject({ scope: 'library', scopeWritten: false, labels: [] });
    expect(f.wording).toBeUndefined();
  });
  it('keeps a written scope, normalises Chinese labels to ids, drops duplicates', () => {
    const f = schema.parse({ value: 301, scope: 'network', labels: ['含线上', 'includes-online'], wording: '301场次' });
    expect(f).toMatchObject({ scope: 'network', scopeWritten: true, labels: ['includes-online'], wording: '301场次' });
  });
  it('an explicit library scope counts as written', () => {
    expect(schema.parse({ value: 301, scope: 'library' })).toMatchObject({ scope: 'library', scopeWritten: true });
  });
  it.each([
    [{ value: 1, scope: 'netwrok' }, 'figure/unknown-scope', ['scope'], /是不是想写 network/],
    [{ value: 1, scope: '总分馆体系' }, 'figure/unknown-scope', ['scope'], /是不是想写 network/],
    [{ value: 1, labels: ['includes-onlin'] }, 'figure/unknown-label', ['labels', 0], /是不是想写 includes-online/],
    [{ value: 1, labels: ['含线上', '仅竞答'] }, 'figure/unknown-label', ['labels', 1], /不认识的口径标签 "仅竞答"/],
    [{ value: 1, labels: ['原文单位：期'] }, 'figure/derived-label', ['labels', 0], /不用写，网站会自动加上/],
  ])('%j → %s', (input, code, path, message) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0] as { path: unknown[]; message: string; params?: { code: string } } | undefined;
    expect(issue?.params?.code).toBe(code);
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
    expect(issue?.message).toMatch(/改法：/);
  });
});
