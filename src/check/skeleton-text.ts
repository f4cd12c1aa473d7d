/**
 * The placeholder text of the staff skeletons (`npm run new-report`, `npm run new-library`, written by
 * scripts/lib/skeleton.ts), kept here so the content check can recognise a skeleton left untouched.
 */

/** The paragraph a new report's body holds until the report text is pasted over it. */
export const BODY_PLACEHOLDER = '（在这里粘贴报告正文。每段之间空一行。）';

/** The section headings of a new report (`##` level), the last one naming the next year. */
export function skeletonHeadings(year: number): string[] {
  return [
    '一、概述',
    '二、主要工作完成情况',
    '三、工作亮点',
    '四、存在的主要问题',
    '五、大事记',
    `六、${year + 1}年工作计划`,
  ];
}

/** A new library's placeholder values, by field, as `new-library` writes them. */
export const LIBRARY_PLACEHOLDERS = {
  name: '某某市图书馆',
  nameEn: 'Mou City Library',
  province: '某某省',
  city: '某某市',
} as const;

/** True for a value that is (or contains) a skeleton placeholder: 某某… or the English placeholder name. */
export const isPlaceholderValue = (v: string): boolean => /某某/.test(v) || v.trim() === LIBRARY_PLACEHOLDERS.nameEn;
