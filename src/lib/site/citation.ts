/**
 * A ready citation line for a page: site name, page title, date of the data, URL. Pure.
 *
 * Chinese follows GB/T 7714—2015 for an online resource (题名[EB/OL]. (更新日期). 网址), with the site as
 * the responsible author; the reader adds the 引用日期 (access date), which a static page cannot know.
 * English follows the common "Site. “Title.” Updated date. URL" shape.
 */

/** What every citation line says: the address cited, in which language, and when its data was last updated. */
interface Cited {
  /** Absolute URL of the page cited. */
  readonly url: string;
  readonly locale: 'zh' | 'en';
  /** When the data was last updated, `YYYY-MM-DD`; the date part is left out when unknown. */
  readonly updated?: string | undefined;
  /** The date as the page's language writes it (e.g. “22 November 2026”); `updated` when absent. */
  readonly updatedText?: string | undefined;
}

export interface CitationInput extends Cited {
  readonly siteName: string;
  /** The page title as shown in its `<h1>`/`<title>` (without the site name). */
  readonly title: string;
}

/** Strip a final full stop so that the line's own punctuation does not double it. */
const bare = (s: string): string => s.trim().replace(/[.。]$/, '');

/**
 * The citation line. A page whose title is the site's name (the home page) is cited as the site alone.
 * e.g. `图书馆年鉴. 北海市图书馆 2021年[EB/OL]. (2026-11-22). https://example.org/reports/beihai/2021/`
 */
export function citationLine({ siteName, title, url, updated, updatedText, locale }: CitationInput): string {
  const site = bare(siteName);
  const page = bare(title) === site ? '' : bare(title);
  if (locale === 'zh') {
    const head = page ? `${site}. ${page}[EB/OL].` : `${site}[EB/OL].`;
    return [head, updated ? `(${updated}).` : '', url].filter(Boolean).join(' ');
  }
  const date = updatedText ?? updated;
  return [`${site}.`, page ? `“${page}.”` : '', date ? `Updated ${date}.` : '', url].filter(Boolean).join(' ');
}

/** What a citation of the whole dataset needs; `url` is the open-data page's. */
export interface DatasetCitationInput extends Cited {
  /** Who publishes it (CITATION.cff's author). */
  readonly author: string;
  /** The dataset's name, e.g. 图书馆年鉴数据集. */
  readonly name: string;
  /** The data package's version; left out when undefined. */
  readonly version?: string | undefined;
}

/**
 * The citation line of the dataset. Chinese follows GB/T 7714—2015 for a dataset online ([DS/OL]), the
 * version as other title information, the update date in parentheses and a `[引用日期]` for the reader to
 * fill in; English the common “Author. Name, version (Data set). Updated date. URL” shape with an access date.
 * e.g. `图书馆年鉴编辑组. 图书馆年鉴数据集: 版本 2026.12.06[DS/OL]. (2026-12-06)[引用日期]. https://example.org/data/`
 */
export function datasetCitationLine(p: DatasetCitationInput): string {
  const author = bare(p.author);
  if (p.locale === 'zh') {
    const title = `${bare(p.name)}${p.version ? `: 版本 ${p.version}` : ''}[DS/OL].`;
    return [`${author}.`, title, `${p.updated ? `(${p.updated})` : ''}[引用日期].`, p.url].join(' ');
  }
  const date = p.updatedText ?? p.updated;
  return [
    `${author}.`,
    `${bare(p.name)}${p.version ? `, version ${p.version}` : ''} [Data set].`,
    date ? `Updated ${date}.` : '',
    `${p.url} (accessed [date]).`,
  ]
    .filter(Boolean)
    .join(' ');
}
