/**
 * Where content lives. `YEARBOOK_CONTENT_DIR` points the site at another folder (a fixture or a
 * benchmark corpus) without touching `content/`.
 */
export const CONTENT_DIR = (process.env['YEARBOOK_CONTENT_DIR'] ?? './content').replace(/\/$/, '');

/**
 * `YEARBOOK_ONLY_LIBRARY=<id>`: a staff preview of one library — the site built (or served by
 * `astro dev`) from that library's files alone, so it starts in seconds whatever the size of the
 * corpus (`npm run dev:library -- <id>`, scripts/library-preview.ts). Never the site to deploy: it is
 * written to `dist-preview/` unless YEARBOOK_OUT_DIR says otherwise.
 */
export const ONLY_LIBRARY = process.env['YEARBOOK_ONLY_LIBRARY'] || undefined;

/** The glob of the library files the site reads: all of them, or the one of ONLY_LIBRARY. */
export const libraryPattern = (only = ONLY_LIBRARY): string => (only ? `${only}.{yaml,yml}` : '*.{yaml,yml}');

/** The glob of the report files the site reads (under `reports/`): all of them, or ONLY_LIBRARY's. */
export const reportPattern = (only = ONLY_LIBRARY): string => (only ? `${only}/*.mdx` : '*/*.mdx');
