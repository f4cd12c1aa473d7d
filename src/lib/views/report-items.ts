/**
 * A problem or plan as a report lists it: a heading line over its text (“馆藏文献总量不足\n市图书馆原有
 * 藏书少……”), or a single line. Pages show the heading in bold with the text after it, so every report
 * reads alike whether its items have headings or not. Pure.
 */

/** An item's heading and text; a one-line item is all text, with no heading. */
export interface ItemParts {
  readonly heading: string;
  readonly text: string;
}

/** Split an item at its first line break: the first line is the heading when more follows. */
export function itemParts(item: string): ItemParts {
  const trimmed = item.trim();
  const at = trimmed.indexOf('\n');
  if (at < 0) return { heading: '', text: trimmed };
  return { heading: trimmed.slice(0, at).trim(), text: trimmed.slice(at + 1).trim() };
}
