/** The script a report's text is written in: ONE table, read by the report schema and its messages. Pure. */

/** Each script with its labels; Simplified is the default (the site's reports are in Simplified script). */
export const TEXT_SCRIPTS = {
  simplified: { zh: '简体', en: 'Simplified' },
  traditional: { zh: '繁体', en: 'Traditional' },
} as const;
export type TextScript = keyof typeof TEXT_SCRIPTS;

/** The script ids in table order. */
export const TEXT_SCRIPT_IDS = Object.keys(TEXT_SCRIPTS) as [TextScript, ...TextScript[]];
