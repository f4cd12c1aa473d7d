/**
 * The `/data/` page's schema.org `Dataset` (JSON-LD), so that dataset search engines find the downloads with
 * their licence, version and date: built from the same release facts as datapackage.json and the cite line.
 * Pure: absolute URLs come in ready-made (with the deployment's origin and base path).
 */

/** One download as a `DataDownload`. */
export interface DatasetFile {
  /** File name, e.g. `figures-no-bom.csv` or `2021/figures.json`. */
  readonly name: string;
  /** Absolute URL. */
  readonly url: string;
}

/** What the page knows about the dataset. */
export interface DatasetInput {
  readonly name: string;
  readonly description: string;
  /** Absolute URL of the open-data page. */
  readonly url: string;
  readonly version?: string | undefined;
  /** `YYYY-MM-DD` of the last update; absent when unknown. */
  readonly dateModified?: string | undefined;
  /** URL of the data licence. */
  readonly license: string;
  readonly creator: { readonly name: string; readonly url: string };
  /** Language of the data (the reports' words): `zh-CN`. */
  readonly inLanguage: string;
  readonly files: readonly DatasetFile[];
}

/** The media type of a download by its extension. */
export const encodingFormat = (name: string): string =>
  name.endsWith('.csv') ? 'text/csv' : name.endsWith('.json') ? 'application/json' : 'application/octet-stream';

/** The `Dataset` object. */
export function datasetJsonLd(d: DatasetInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    ...(d.version ? { version: d.version } : {}),
    ...(d.dateModified ? { dateModified: d.dateModified } : {}),
    license: d.license,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: d.creator.name, url: d.creator.url },
    inLanguage: d.inLanguage,
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      contentUrl: f.url,
      encodingFormat: encodingFormat(f.name),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped as `\u003c`, so no text in the data (a
 * report title, a note) can close the script element; JSON parsers read the escape back as `<`.
 */
export const jsonLdText = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
