/**
 * An event's text as a timeline item shows it: the item's heading already gives the date (and time of
 * day), so the same date at the start of the text (“1月1日，在北海市图书馆举办……”) is not said twice.
 * Only a leading date that reads as the event's own start is dropped, with the punctuation after it; the
 * rest of the report's words are kept as written (the report page keeps the whole sentence). Pure.
 */
import { ChronicleDateError, parseChronicleDate } from './dates.ts';

/** Punctuation and spaces between a leading date and the text: `，` `,` `、` `：` `:` and spaces. */
const AFTER_DATE = /^[\s\u3000，,、：:]+/;

/**
 * The text with the spaces a typesetter put inside a date removed (`12 月 21 日` → `12月21日`), and for
 * each character of it the index of that character in the text, so a match maps back (none when the text
 * has no space, so nothing moved).
 */
function squeezeDateSpaces(text: string): { squeezed: string; at: number[] | undefined } {
  // Most texts have no space at all: then nothing moves (`at` undefined: each index is its own).
  if (!/\s/.test(text)) return { squeezed: text, at: undefined };
  const at: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const near = (j: number): string => text[j] ?? '';
    if (/\s/.test(c) && /[\d年月日号]/.test(near(i - 1)) && /[\d年月日号]/.test(near(i + 1))) continue;
    squeezed += c;
    at.push(i);
  }
  at.push(text.length);
  return { squeezed, at };
}

/**
 * The text without its leading date when that date is the event's `start` (as the chronicle parser
 * reads it for the report's `year`); the text unchanged otherwise, or when nothing but punctuation
 * would be left.
 */
export function textAfterDate(text: string, event: { readonly start: string; readonly year: number }): string {
  return text.slice(textAfterDateFrom(text, event));
}

/**
 * Where `textAfterDate` starts in the text: the length of the leading date and the punctuation after it,
 * or 0 when the text is shown whole. A number, so a caller can remember it for an event cheaply.
 */
export function textAfterDateFrom(text: string, event: { readonly start: string; readonly year: number }): number {
  const { squeezed, at } = squeezeDateSpaces(text);
  let parsed;
  try {
    parsed = parseChronicleDate(squeezed, event.year);
  } catch (e) {
    if (e instanceof ChronicleDateError) return 0;
    throw e;
  }
  if (!parsed || parsed.start !== event.start) return 0;
  const lead = squeezed.length - squeezed.replace(/^[\s\u3000]+/, '').length;
  const end = at ? (at[lead + parsed.matchedText.length] ?? text.length) : lead + parsed.matchedText.length;
  const rest = text.slice(end).replace(AFTER_DATE, '');
  return /^[\p{P}\s]*$/u.test(rest) ? 0 : text.length - rest.length;
}
