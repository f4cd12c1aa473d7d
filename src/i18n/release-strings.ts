/**
 * Interface strings of the dataset's release on `/data/`: its version and date, how to cite it, and the data
 * changelog. Part of `UiStrings` (`ui.ts`, under `data.release`): a string missing from either language is a
 * type error. The dataset's author and name are also what CITATION.cff names (tests/unit/site/citation.test.ts).
 */
import { CHANGE_KINDS, type ChangeKind } from '../lib/model/change-kinds.ts';
import type { Locale } from './locales.ts';

export interface ReleaseStrings {
  /** Who publishes the dataset (the cite line's author; CITATION.cff's `authors`). */
  readonly author: string;
  /** The dataset's name as cited. */
  readonly datasetName: string;
  readonly title: string;
  readonly version: (version: string) => string;
  readonly updated: (date: string) => string;
  readonly unversioned: string;
  readonly citeIntro: string;
  readonly citeFiles: string;
  readonly changelogTitle: string;
  readonly changelogIntro: string;
  readonly changelogEmpty: string;
  readonly changelogCaption: (shown: number, total: number) => string;
  readonly changelogAll: string;
  readonly dateHead: string;
  readonly kindHead: string;
  readonly reportHead: string;
  readonly kinds: Readonly<Record<ChangeKind, string>>;
}

const kinds = (locale: Locale): Readonly<Record<ChangeKind, string>> =>
  Object.fromEntries(Object.entries(CHANGE_KINDS).map(([id, k]) => [id, locale === 'en' ? k.en : k.zh])) as Record<
    ChangeKind,
    string
  >;

const zh: ReleaseStrings = {
  author: '图书馆年鉴编辑组',
  datasetName: '图书馆年鉴数据集',
  title: '版本与引用',
  version: (v) => `版本 ${v}`,
  updated: (d) => `数据更新于 ${d}`,
  unversioned: '这次生成的网站不知道数据的更新日期，所以没有版本号。',
  citeIntro: '引用这份数据时，可复制下面这一行，把“引用日期”换成你下载或访问的日期：',
  citeFiles: '同样的版本和日期也写在 datapackage.json 里；每个文件的大小和 SHA-256 校验值见 files.json。',
  changelogTitle: '数据更新记录',
  changelogIntro: '哪份报告在哪天收入年鉴、哪天更正过（由编辑记录在每份报告中）。',
  changelogEmpty: '还没有更新记录。',
  changelogCaption: (shown, total) => (shown < total ? `最近的 ${shown} 条（共 ${total} 条）` : `全部 ${total} 条`),
  changelogAll: '全部记录：',
  dateHead: '日期',
  kindHead: '类别',
  reportHead: '报告',
  kinds: kinds('zh'),
};

const en: ReleaseStrings = {
  author: 'Library Yearbook editors',
  datasetName: 'Library Yearbook dataset',
  title: 'Version and citation',
  version: (v) => `Version ${v}`,
  updated: (d) => `Data updated ${d}`,
  unversioned: 'This build does not know when the data was last updated, so it has no version.',
  citeIntro: 'To cite the data, copy the line below and put in the date you downloaded or read it:',
  citeFiles: 'datapackage.json states the same version and date; files.json lists the size and SHA-256 of every file.',
  changelogTitle: 'Data changelog',
  changelogIntro:
    'Which report entered the yearbook when, and when one was corrected (recorded by the editors in each report).',
  changelogEmpty: 'No changes recorded yet.',
  changelogCaption: (shown, total) => (shown < total ? `The latest ${shown} of ${total}` : `All ${total}`),
  changelogAll: 'Every entry: ',
  dateHead: 'Date',
  kindHead: 'Change',
  reportHead: 'Report',
  kinds: kinds('en'),
};

export const RELEASE_STRINGS: Readonly<Record<Locale, ReleaseStrings>> = { zh, en };
