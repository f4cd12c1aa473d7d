/**
 * Typing slips in a written figure that the figure parser would otherwise read silently: full-width digits
 * (`２８６４５３`), a thousands separator with a space (`12, 683`), curly quotes around the value
 * (`“12.5万”`, typed with a Chinese input method instead of `"`). Each is an error with the exact
 * corrected value, never fixed behind the author's back. Pure.
 */

/** Which slip: shown to the author with the corrected value. */
export type FigureTypoCode = 'full-width' | 'spaced-separator' | 'curly-quotes';

/** The slips found in a written figure, and the value as it should be written. */
export interface FigureTypo {
  readonly codes: readonly FigureTypoCode[];
  /** The corrected written form (`286453`, `12,683`, `12.5万`). */
  readonly fixed: string;
}

const QUOTES = /^[“”‘’「」『』"'＂]+|[“”‘’「」『』"'＂]+$/g;
const FULL_WIDTH = /[０-９．，％]/;

/** The slips in `written` (a figure value as the YAML gives it), or undefined when there is none. */
export function figureTypo(written: string): FigureTypo | undefined {
  const codes: FigureTypoCode[] = [];
  let s = written.trim();
  if (/^[“”‘’「」『』＂]|[“”‘’「」『』＂]$/.test(s)) {
    codes.push('curly-quotes');
    s = s.replace(QUOTES, '').trim();
  }
  if (FULL_WIDTH.test(s)) {
    codes.push('full-width');
    s = s
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/．/g, '.')
      .replace(/，/g, ',')
      .replace(/％/g, '%');
  }
  if (/\d[ \u3000]*,[ \u3000]+\d|\d[ \u3000]+,[ \u3000]*\d|\d[ \u3000]+\d/.test(s)) {
    codes.push('spaced-separator');
    s = s.replace(/(\d)[ \u3000]*(,?)[ \u3000]*(?=\d)/g, '$1$2');
  }
  return codes.length ? { codes, fixed: s } : undefined;
}

/** The corrected value as it goes into YAML: a bare number when it is digits only, else quoted. */
export const asYamlValue = (fixed: string): string => (/^\d+$/.test(fixed) ? fixed : `"${fixed}"`);
