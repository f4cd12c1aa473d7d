/**
 * What a data changelog entry records (a report's `changelog:` in its frontmatter): ONE table, read by the
 * report schema and its messages, `/data/changelog.*` and the `/data/` page. Pure.
 */

/** Each kind of change with its labels and meaning. */
export const CHANGE_KINDS = {
  added: { zh: '收录', en: 'Added', meaning: '报告第一次收入年鉴', meaningEn: 'the report first entered the yearbook' },
  corrected: {
    zh: '更正',
    en: 'Corrected',
    meaning: '更正已发布的数字或文字（写明改了什么）',
    meaningEn: 'a published figure or text was corrected (the note says what)',
  },
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** The kinds in table order. */
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];
