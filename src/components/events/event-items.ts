/**
 * The `<li>` items of a month in `EventList.astro`, written as one HTML string.
 *
 * Why not Astro markup: a timeline page lists up to a few thousand events, and at 4,000 reports the
 * timelines (each library's, each month's, in two languages) render about three million items. Astro renders
 * each element and expression of markup on its own, which made the timelines the slowest routes of a build.
 * The items are the same bytes Astro wrote from the markup this replaced (checked on every page of the
 * real site and of the 400-report corpus; only EventList's place among a page's inline style blocks moved).
 * Text and attribute values are escaped by Astro's own functions, so they are escaped exactly as markup
 * would escape them.
 */
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import type { ChronicleEvent } from '../../lib/chronicle/event-schema.ts';
import { textAfterDateFrom } from '../../lib/chronicle/event-text.ts';
import { eventMonth } from '../../lib/views/timeline.ts';
import { formatDate, formatEventEnd } from '../../i18n/format-date.ts';
import { chineseLang, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui.ts';
import { eventPath } from '../../lib/site/paths.ts';

export interface EventItemsOptions {
  /** Library id → display name; the library is shown when given. */
  readonly names?: ReadonlyMap<string, string> | undefined;
  /** Interface language: dates, categories and labels; the event text stays as the report writes it. */
  readonly lang: Locale;
  /** A site path as a link (the site's base prefixed). */
  readonly href: (path: string) => string;
}

/**
 * Where each event's text starts once its leading date is dropped (`textAfterDateFrom`), worked out once:
 * an event is listed on its library's timeline, its month's and its report's page, in two languages.
 * Weak, so it holds nothing the build has let go of.
 */
const textFrom = new WeakMap<ChronicleEvent, number>();
function textAfterDate(e: ChronicleEvent): string {
  let from = textFrom.get(e);
  if (from === undefined) {
    from = textAfterDateFrom(e.text, e);
    textFrom.set(e, from);
  }
  return e.text.slice(from);
}

/** An attribute as Astro writes it: ` key="value"`, ` key` for an empty value, nothing for none. */
const attr = (key: string, value: string | undefined): string => String(addAttribute(value, key));

/**
 * Each event: its date in <time datetime> (and time of day, and the end of a range), the library when
 * `names` is given, the text without the date its heading already gives, its categories and a link to the
 * entry's place in the report. `data-*` attributes feed the timeline filters.
 */
export function eventItemsHtml(events: readonly ChronicleEvent[], options: EventItemsOptions): string {
  const { names, lang, href } = options;
  const s = t(lang).events;
  const textLang = attr('lang', chineseLang(lang));
  let html = '';
  for (const e of events) {
    const start = formatDate(e.start, lang);
    const end = formatEventEnd(e, lang);
    const categories = [...e.categories.map((c) => s.categories[c]), e.source === 'chronicle' ? s.chronicle : s.text];
    html +=
      `<li${attr('data-library', e.library)}${attr('data-year', String(e.year))}` +
      `${attr('data-month', String(eventMonth(e) || ''))}${attr('data-categories', e.categories.join(' '))}>` +
      `<p class="when"><span><time${attr('datetime', e.start)}>${escapeHTML(start)}</time>` +
      (e.time ? escapeHTML(s.time[e.time]) : '') +
      (end && e.end ? `${escapeHTML(s.until)}<time${attr('datetime', e.end)}>${escapeHTML(end)}</time>` : '') +
      '</span>' +
      (names ? `<span class="lib">${escapeHTML(names.get(e.library) ?? e.library)}</span>` : '') +
      `</p><p class="what"${textLang}>${escapeHTML(textAfterDate(e))}</p>` +
      `<p class="meta small"><span>${escapeHTML(categories.join(' · '))}</span>` +
      `<a${attr('href', href(eventPath(e)))}>${escapeHTML(s.seeReport)}` +
      `<span class="visually-hidden">${escapeHTML(s.linkHint(e.year, start))}</span></a></p></li>`;
  }
  return html;
}
