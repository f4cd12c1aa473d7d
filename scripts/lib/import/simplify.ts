/**
 * Traditional → Simplified conversion with opencc-js.
 *
 * The `tw` → `cn` preset is the default: on the 巴林左旗 report it yields correct mainland text
 * (e.g. 本著 → 本着, which the plain `t` and `hk` presets leave as 本著), and unlike `twp` it does
 * not rewrite vocabulary (線上 stays 线上, not 在线).
 */
import * as OpenCC from 'opencc-js';

/** Which Traditional variant the source is read as. */
export type TraditionalVariant = 'tw' | 'hk';

const converters = new Map<TraditionalVariant, (s: string) => string>();

function converter(variant: TraditionalVariant): (s: string) => string {
  const cached = converters.get(variant);
  if (cached) return cached;
  const created: (s: string) => string = OpenCC.Converter({ from: variant, to: 'cn' });
  converters.set(variant, created);
  return created;
}

/**
 * Converts Traditional Chinese to mainland Simplified Chinese.
 * @param text Traditional text
 * @param variant source variant (`tw` by default)
 * @param protect passages to copy through verbatim (e.g. mojibake that must stay as received);
 *   each is matched exactly, wherever it occurs
 */
export function toSimplified(
  text: string,
  variant: TraditionalVariant = 'tw',
  protect: readonly string[] = [],
): string {
  const convert = converter(variant);
  const keep = protect.filter((p) => p.length > 0);
  if (keep.length === 0) return convert(text);
  const escaped = keep.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'u'));
  // split with one capture group: even indexes are ordinary text, odd ones are protected passages
  return parts.map((part, i) => (i % 2 === 1 ? part : convert(part))).join('');
}
