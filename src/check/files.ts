/**
 * Which files under `content/` the site reads, and an error for every other one: a report saved as
 * `2022.MDX` or `2022.md`, a copy such as `2022 - 副本.mdx`, a source `.docx` left beside the reports, a
 * file in the wrong folder. Nothing under `content/` is ignored without a word (the site's loaders read
 * exactly `libraries/<id>.yaml|yml` and `reports/<library>/<year>.mdx`, case-sensitively). Pure.
 */
import { text, type Lang } from '../lib/model/messages.ts';

/** What a content file is. */
export type FileKind = 'library' | 'report' | 'readme';

/** A file the site does not read, and what to do about it. */
export interface FileProblem {
  readonly code: string;
  readonly message: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
}

/** Files an operating system or editor leaves behind: never content, never reported. */
export function isSystemFile(name: string): boolean {
  return name.startsWith('.') || /^(?:Thumbs\.db|desktop\.ini|Icon\r)$/i.test(name);
}

const SOURCE_EXT = /\.(?:docx?|txt|pdf|wps|rtf|html?)$/i;

/** Library-file names: the id is lowercase pinyin (src/schemas/library.ts). */
function libraryProblem(name: string): FileProblem | undefined {
  if (/^[^/]+\.ya?ml$/.test(name)) return undefined;
  const m = /^([^/]+?)\.(ya?ml)$/i.exec(name);
  if (m) {
    const fixed = `${m[1] ?? ''}.${(m[2] ?? '').toLowerCase()}`;
    return {
      code: 'file/extension-case',
      message: text(
        `扩展名要用小写：网站不会读取 ${name}`,
        `The extension must be lowercase: the site does not read ${name}`,
      ),
      hint: text(`把文件改名为 ${fixed}`, `Rename the file to ${fixed}`),
    };
  }
  return {
    code: 'file/stray',
    message: text(
      `content/libraries/ 里只能放馆的 YAML 文件（<标识>.yaml），网站不会读取 ${name}`,
      `content/libraries/ holds only library YAML files (<id>.yaml); the site does not read ${name}`,
    ),
    hint: text(
      '把这个文件移出 content/ 文件夹；新馆用 npm run new-library -- <标识> 建立',
      'Move this file out of content/; add a library with npm run new-library -- <id>',
    ),
  };
}

/** Report-file names under `reports/<library>/`: exactly `<year>.mdx`. */
function reportProblem(library: string, name: string, exists: (name: string) => boolean): FileProblem | undefined {
  if (/^\d{4}\.mdx$/.test(name)) return undefined;
  const year = /^(\d{4})/.exec(name)?.[1];
  const ext = /\.([^.]+)$/.exec(name)?.[1] ?? '';
  // `2022.md` beside `2022.mdx`: not a misnamed report but a second one.
  if (year && /^\d{4}\.mdx?$/i.test(name) && exists(`${year}.mdx`))
    return {
      code: 'file/copy',
      message: text(
        `${name} 和 ${year}.mdx 是同一年的两份报告；网站只读取 ${year}.mdx`,
        `${name} and ${year}.mdx are two reports of one year; the site reads only ${year}.mdx`,
      ),
      hint: text(
        `每个馆每年只有一份报告：把要发布的内容合并到 ${year}.mdx，删掉 ${name} 或把它移出 content/`,
        `One report per library and year: merge what is to be published into ${year}.mdx and delete or move ${name}`,
      ),
    };
  if (year && /^\d{4}\.mdx$/i.test(name))
    return {
      code: 'file/extension-case',
      message: text(
        `扩展名要用小写：网站不会读取 ${name}，这份报告不会出现在网站上`,
        `The extension must be lowercase: the site does not read ${name}`,
      ),
      hint: text(`把文件改名为 ${year}.mdx`, `Rename the file to ${year}.mdx`),
    };
  if (year && /^\d{4}\.md$/i.test(name))
    return {
      code: 'file/extension-md',
      message: text(
        `报告要用 .mdx 扩展名：网站不会读取 ${name}`,
        `Reports use the .mdx extension: the site does not read ${name}`,
      ),
      hint: text(`把文件改名为 ${year}.mdx`, `Rename the file to ${year}.mdx`),
    };
  if (SOURCE_EXT.test(name))
    return {
      code: 'file/source-document',
      message: text(
        `原始文件 ${name} 不能放在 content/ 里，网站只读取 <年份>.mdx`,
        `The source document ${name} does not belong in content/; the site reads only <year>.mdx`,
      ),
      hint: text(
        `把它移出 content/ 文件夹（放在别处保存），用 npm run import -- <文件> --library ${library} --year <年份> 转成 MDX 草稿`,
        `Move it out of content/ and convert it with npm run import -- <file> --library ${library} --year <year>`,
      ),
    };
  if (year && /\.mdx?$/i.test(name))
    return {
      code: 'file/copy',
      message: text(
        `${name} 像是 ${year}.mdx 的副本或另存的版本；网站不会读取它`,
        `${name} looks like a copy of ${year}.mdx; the site does not read it`,
      ),
      hint: text(
        `每个馆每年只有一份报告，文件名就是年份：把要发布的内容放在 ${year}.mdx 里，把这个文件删掉或移出 content/`,
        `One report per library and year, named by the year: keep what is to be published in ${year}.mdx and delete or move this file`,
      ),
    };
  return {
    code: 'file/stray',
    message: text(
      `content/reports/${library}/ 里只能放报告（<年份>.mdx），网站不会读取 ${name}${ext ? '' : '（没有扩展名）'}`,
      `content/reports/${library}/ holds only reports (<year>.mdx); the site does not read ${name}`,
    ),
    hint: text(
      `报告的文件名是四位年份加 .mdx，如 content/reports/${library}/2022.mdx；其他文件移出 content/`,
      `A report is named by its year, e.g. content/reports/${library}/2022.mdx; move other files out of content/`,
    ),
  };
}

/**
 * What the file at `path` (relative to the content folder, `/`-separated) is, or why the site will not
 * read it; `exists` says whether another path is among the content files. `README.md` at the top is the
 * staff guide.
 */
export function classifyFile(path: string, exists: (path: string) => boolean = () => false): FileKind | FileProblem {
  const parts = path.split('/');
  const [top = '', second = '', third] = parts;
  if (parts.length === 1) {
    if (top === 'README.md') return 'readme';
    return {
      code: 'file/stray',
      message: text(
        `content/ 里只放 libraries/（馆）和 reports/（报告）两个文件夹，网站不会读取 ${path}`,
        `content/ holds only the libraries/ and reports/ folders; the site does not read ${path}`,
      ),
      hint: text(
        '报告放在 content/reports/<馆的标识>/<年份>.mdx，馆放在 content/libraries/<标识>.yaml；其他文件移出 content/',
        'Reports go in content/reports/<library>/<year>.mdx, libraries in content/libraries/<id>.yaml; move other files out',
      ),
    };
  }
  if (top === 'libraries' && parts.length === 2) {
    const p = libraryProblem(second);
    return p ?? 'library';
  }
  if (top === 'reports' && parts.length === 3 && third !== undefined) {
    const p = reportProblem(second, third, (name) => exists(`reports/${second}/${name}`));
    return p ?? 'report';
  }
  return {
    code: 'report/path',
    message: text(
      top === 'reports' ? '报告文件的位置或文件名不对' : `文件不在网站读取的位置：${path}`,
      top === 'reports' ? 'A report file is in the wrong place or wrongly named' : `The site does not read ${path}`,
    ),
    hint: text(
      '报告必须放在 content/reports/<馆的标识>/<年份>.mdx，例如 content/reports/beihai/2022.mdx；馆放在 content/libraries/<标识>.yaml',
      'Reports live at content/reports/<library>/<year>.mdx, e.g. content/reports/beihai/2022.mdx; libraries at content/libraries/<id>.yaml',
    ),
  };
}
