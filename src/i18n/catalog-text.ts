/**
 * The metric catalog's words in a page's language: each metric and group carries both (`label` and
 * `labelEn` …); pages ask for one locale here instead of choosing fields themselves.
 */
import type { Metric, MetricGroup } from '../lib/model/catalog.ts';
import type { Locale } from './locales.ts';

/** A metric's label, unit and definition in `locale`. */
export function metricText(m: Metric, locale: Locale): { label: string; unit: string; definition: string } {
  return locale === 'en'
    ? { label: m.labelEn, unit: m.unitEn, definition: m.definitionEn }
    : { label: m.label, unit: m.unit, definition: m.definition };
}

/** A metric group's label in `locale`. */
export const groupLabel = (g: MetricGroup, locale: Locale): string => (locale === 'en' ? g.labelEn : g.label);

/** How a metric differs from a look-alike, in `locale`. */
export const differsNote = (d: { note: string; noteEn: string }, locale: Locale): string =>
  locale === 'en' ? d.noteEn : d.note;
