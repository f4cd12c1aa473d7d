/**
 * The copy of a page the search index reads. Pure.
 *
 * Pagefind stores, with each page's text, every element inside the indexed body that has an `id` (its
 * "anchors", with their text): a report has one per marked figure and per chronicle entry, ~250 in all,
 * which made a third of each result's download (17 KB of a report's 48 KB gzip fragment). The search
 * page uses only the headings' anchors (Pagefind's sub-results), so the copy keeps the ids of headings
 * and drops the others. It can also carry filters the page itself does not declare (the province scope
 * of a large index, `scopes.ts`). The page served to readers is not changed.
 */

/** An element start tag other than a heading, with an `id` attribute (Astro writes attributes with `"`). */
const NON_HEADING_ID = /<(?!h[1-6][\s>])([a-z][a-z0-9-]*)(\s[^>]*?)?\sid="[^"]*"/g;

/** A start tag carrying `data-pagefind-body`. */
const BODY_TAG = /<[a-z][a-z0-9-]*\s[^>]*?\bdata-pagefind-body\b[^>]*>/;

/** HTML-escape an attribute value. */
const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `html` as the index should read it: ids only on headings, and `filters` (key → value) added inside the
 * first `data-pagefind-body` element. A page without one is returned without filters: Pagefind skips it.
 */
export function indexHtml(html: string, filters: Readonly<Record<string, string>> = {}): string {
  const stripped = html.replace(
    NON_HEADING_ID,
    (_, tag: string, before: string | undefined) => `<${tag}${before ?? ''}`,
  );
  const spans = Object.entries(filters)
    .map(([k, v]) => `<span data-pagefind-filter="${attr(k)}:${attr(v)}"></span>`)
    .join('');
  if (!spans) return stripped;
  const body = BODY_TAG.exec(stripped);
  if (!body) return stripped;
  const at = body.index + body[0].length;
  return `${stripped.slice(0, at)}${spans}${stripped.slice(at)}`;
}
