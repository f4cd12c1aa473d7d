/** Enum choices in author messages and editor hints come from the model's label tables, in table order. */
import { describe, expect, it } from 'vitest';
import { LIBRARY_LEVELS } from '../../../src/lib/model/library-levels.ts';
import { PLAN_STATUSES } from '../../../src/lib/model/plan-outcomes.ts';
import { choicesDescription, choicesMessage } from '../../../src/schemas/issue.ts';
import { librarySchema } from '../../../src/schemas/library.ts';
import { planReviewItemSchema } from '../../../src/schemas/plan-review.ts';
import { reportShape } from '../../../src/schemas/report.ts';

describe('choicesMessage', () => {
  it('lists every id with its Chinese label, the last after 或', () => {
    expect(choicesMessage(LIBRARY_LEVELS)).toBe('city（地级市）、district（市辖区）或 county（县·旗）');
    expect(choicesMessage(PLAN_STATUSES)).toBe('done（已落实）、partly（部分落实）或 no-evidence（报告中未见）');
    expect(choicesMessage({ only: { zh: '唯一' } })).toBe('only（唯一）');
  });
});

describe('choicesDescription', () => {
  it('lists every id with its Chinese label', () => {
    expect(choicesDescription(LIBRARY_LEVELS)).toBe('city 地级市 / district 市辖区 / county 县·旗');
  });
});

describe('schemas', () => {
  it('refuse a value outside the table with the choices', () => {
    const level = librarySchema.shape.level.safeParse('province');
    expect(level.error?.issues[0]?.message).toBe('level 只能是 city（地级市）、district（市辖区）或 county（县·旗）');
    const status = planReviewItemSchema.safeParse({ plan: 'a', status: 'half' });
    expect(status.error?.issues.map((i) => i.message)).toContain(
      'status 只能是 done（已落实）、partly（部分落实）或 no-evidence（报告中未见）',
    );
    const script = reportShape.script.safeParse('繁体');
    expect(script.error?.issues[0]?.message).toBe('script 只能是 simplified（简体）或 traditional（繁体）');
    expect(reportShape.script.parse(undefined)).toBe('simplified');
  });
});
