/**
 * Removal of pinyin glosses left in scraped text, e.g. `動(dòng)態(tài)` → `動態`.
 *
 * A gloss is an ASCII parenthesis pair that directly follows a CJK ideograph and contains
 * only lowercase pinyin letters (optionally several syllables separated by single spaces),
 * at least one of which carries a tone mark or ü. Anything else — `(2021)`, `(PC端)`,
 * full-width `（…）`, `(第57期)` — is a real parenthesis and is left untouched.
 */

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const SYLLABLE = `[a-z${TONED}]+`;

/** Matches one gloss candidate; group 1 is the pinyin inside the parentheses. */
const GLOSS_RE = new RegExp(`(?<=[${CJK}])\\((${SYLLABLE}(?: ${SYLLABLE})*)\\)`, 'gu');
const HAS_TONE_RE = new RegExp(`[${TONED}]`, 'u');

/**
 * Whether `inner` (the text between the parentheses) is pinyin with at least one tone mark or ü.
 * @param inner text between `(` and `)`
 */
export function isPinyinGloss(inner: string): boolean {
  return new RegExp(`^${SYLLABLE}(?: ${SYLLABLE})*$`, 'u').test(inner) && HAS_TONE_RE.test(inner);
}

/**
 * All glosses in `text`, in order, as written (with parentheses), e.g. `['(dòng)', '(tài)']`.
 * @param text source text
 */
export function findPinyinGlosses(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(GLOSS_RE)) if (isPinyinGloss(m[1] ?? '')) found.push(m[0]);
  return found;
}

/**
 * Removes every pinyin gloss from `text`; all other characters are kept as they are.
 * @param text source text, e.g. `新聞動(dòng)態(tài)`
 * @returns text without glosses, e.g. `新聞動態`
 */
export function removePinyinGlosses(text: string): string {
  return text.replace(GLOSS_RE, (whole: string, inner: string) => (isPinyinGloss(inner) ? '' : whole));
}
