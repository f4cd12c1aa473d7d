/**
 * What the `/data/` page shows about the dataset as a release: its version and date (the same as
 * datapackage.json's), the line to cite it by, the newest changelog entries, and its schema.org `Dataset`.
 * Pure: the release, the changelog and absolute URLs come in (src/data/open-data.ts gathers them).
 */
import type { ChangeKind } from '../model/change-kinds.ts';
import type { ChangeEntry } from '../open-data/changelog-rows.ts';
import { datasetCitationLine } from '../site/citation.ts';
import { datasetJsonLd, jsonLdText, type DatasetFile } from './dataset-jsonld.ts';

/** How many changelog entries the page lists; the files hold all of them. */
export const CHANGELOG_SHOWN = 20;

/** The release facts, as the data package states them. */
export interface Release {
  /** Calendar version `YYYY.MM.DD`, or undefined when the build does not know the data's date. */
  readonly version?: string | undefined;
  /** `YYYY-MM-DD` of the last update. */
  readonly updated?: string | undefined;
}

export interface DataReleaseInput {
  readonly locale: 'zh' | 'en';
  readonly release: Release;
  /** The date in the page's language (`2026年12月6日`, `6 December 2026`). */
  readonly formatDate: (iso: string) => string;
  readonly author: string;
  readonly datasetName: string;
  readonly description: string;
  /** Absolute URLs: this page, the site's home, the licence. */
  readonly pageUrl: string;
  readonly homeUrl: string;
  readonly licenceUrl: string;
  readonly changelog: readonly ChangeEntry[];
  readonly files: readonly DatasetFile[];
}

/** One changelog row as the page shows it; `path` is the report page without the base. */
export interface ChangeRow {
  readonly date: string;
  readonly dateText: string;
  readonly kind: ChangeKind;
  readonly report: string;
  readonly path: string;
  readonly note: string | undefined;
}

export interface DataReleaseView {
  readonly version: string | undefined;
  readonly updated: { readonly iso: string; readonly text: string } | undefined;
  readonly citation: string;
  readonly changes: { readonly total: number; readonly rows: readonly ChangeRow[] };
  /** The `Dataset` JSON-LD, ready for a `<script type="application/ld+json">`. */
  readonly jsonLd: string;
}

/** The page's release section and its JSON-LD. */
export function dataRelease(p: DataReleaseInput, shown = CHANGELOG_SHOWN): DataReleaseView {
  const { version, updated } = p.release;
  const updatedText = updated && p.formatDate(updated);
  return {
    version,
    updated: updated && updatedText ? { iso: updated, text: updatedText } : undefined,
    citation: datasetCitationLine({
      author: p.author,
      name: p.datasetName,
      version,
      updated,
      updatedText,
      url: p.pageUrl,
      locale: p.locale,
    }),
    changes: {
      total: p.changelog.length,
      rows: p.changelog.slice(0, shown).map((e) => ({
        date: e.date,
        dateText: p.formatDate(e.date),
        kind: e.kind,
        report: e.report,
        path: e.path,
        note: e.note,
      })),
    },
    jsonLd: jsonLdText(
      datasetJsonLd({
        name: p.datasetName,
        description: p.description,
        url: p.pageUrl,
        version,
        dateModified: updated,
        license: p.licenceUrl,
        creator: { name: p.author, url: p.homeUrl },
        inLanguage: 'zh-CN',
        files: p.files,
      }),
    ),
  };
}
