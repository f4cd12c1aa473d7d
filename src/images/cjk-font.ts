/**
 * The one font of every build-time image (chart PNGs, social cards): Noto Sans SC from the npm package
 * @fontsource/noto-sans-sc, so every build machine draws the same pixels. The package ships the font
 * as ~100 unicode-range subsets (WOFF2, which @napi-rs/canvas's Skia reads); all subsets of the weights
 * used are registered under one family, and Skia picks, per character, the face that has it.
 * Text is checked against the subsets' ranges before it is drawn (`assertDrawable`): a character none
 * covers would silently fall back to a system font, and then the images would differ between machines.
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseUnicodeRange, uncoveredChars, type CodeRange } from './unicode-range.ts';

/** The family name the fonts are registered under (unlike any system font's). */
export const FONT_FAMILY = 'Yearbook Noto Sans SC';
/** The weights registered: regular text and bold titles. */
const WEIGHTS = [400, 700] as const;

let ranges: CodeRange[] | undefined;

/** Register the font (once per process); returns the ranges it covers. */
export function registerCjkFont(): readonly CodeRange[] {
  if (ranges) return ranges;
  const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
  const subsets = JSON.parse(readFileSync(join(pkg, 'unicode.json'), 'utf8')) as Record<string, string>;
  const found: CodeRange[] = [];
  // Sorted, so the registration order (which decides ties) is the same everywhere.
  for (const key of Object.keys(subsets).sort()) {
    const name = key.replace(/^\[(\d+)\]$/, '$1');
    for (const weight of WEIGHTS) {
      const file = join(pkg, 'files', `noto-sans-sc-${name}-${weight}-normal.woff2`);
      if (!existsSync(file)) throw new Error(`@fontsource/noto-sans-sc: ${file} is missing`);
      if (!GlobalFonts.registerFromPath(file, FONT_FAMILY)) throw new Error(`Cannot register font ${file}`);
    }
    found.push(...parseUnicodeRange(subsets[key] ?? ''));
  }
  ranges = found;
  return ranges;
}

/** Throws when `text` has a character the registered font does not cover (named in the message). */
export function assertDrawable(text: string): void {
  const missing = uncoveredChars(text, registerCjkFont());
  if (missing.length)
    throw new Error(
      `Build-time image text "${text}" has characters the bundled Noto Sans SC does not cover: ${missing
        .map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()})`)
        .join(', ')}. They would be drawn with a system font and differ between machines.`,
    );
}
