/**
 * Where content lives. `YEARBOOK_CONTENT_DIR` points the site at another folder (a fixture or a
 * benchmark corpus) without touching `content/`.
 */
export const CONTENT_DIR = (process.env['YEARBOOK_CONTENT_DIR'] ?? './content').replace(/\/$/, '');
