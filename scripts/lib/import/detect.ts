/**
 * Which cleanups a source text needs, found from the text itself, so a staff member does not have to
 * know the importer's flags: pinyin glosses from a scraped web page (`動(dòng)`), Traditional script,
 * PDF page numbers and sentences broken across pages, a one-cell-per-line table, the title on the first
 * line. Each decision is said in Chinese, so the output tells what was done and how to undo it. Pure.
 */
import { traditionalCount } from '../../../src/check/traditional.ts';
import type { ConvertOptions } from './convert.ts';
import { findPinyinGlosses, removePinyinGlosses } from './glosses.ts';
import { findLineTables } from './tables.ts';
import { isPageNumber, splitLines } from './lines.ts';

/** What the person running the importer asked for explicitly; unset means "decide from the text". */
export interface ImportFlags {
  glosses?: boolean;
  /** `false`: keep Traditional script (the library publishes so). */
  simplify?: boolean;
  joinLines?: boolean;
  tables?: boolean;
}

/** The options to convert with, and one sentence per cleanup decided from the text. */
export interface Detected {
  readonly options: ConvertOptions;
  readonly said: string[];
  /** The text is Traditional and is kept so (`script: traditional` goes into the draft). */
  readonly keepsTraditional: boolean;
}

/** Glosses that make a text a scraped web page rather than a report that quotes one pinyin reading. */
const MIN_GLOSSES = 3;

/** A report is in Traditional script when this many of its Han characters are Traditional-only. */
function isTraditional(text: string): { yes: boolean; count: number } {
  const { traditional, han } = traditionalCount(text);
  return { yes: traditional >= 20 && traditional >= 0.05 * han, count: traditional };
}

/**
 * The cleanups for `raw`, on top of `given` (a known source's own options, which always win) and the
 * explicit `flags`.
 */
export function detectCleanups(raw: string, given: ConvertOptions = {}, flags: ImportFlags = {}): Detected {
  const options: ConvertOptions = { ...given };
  const said: string[] = [];
  const glosses = findPinyinGlosses(raw).length;
  if (options.glosses === undefined) {
    if (flags.glosses ?? glosses >= MIN_GLOSSES) {
      options.glosses = true;
      if (flags.glosses === undefined)
        said.push(`检测到网页抓取时混入的拼音注音 ${glosses} 处（如“動(dòng)”），已删除（不要删除就加 --no-glosses）`);
    }
  }
  const text = options.glosses ? removePinyinGlosses(raw) : raw;
  const trad = isTraditional(text);
  let keepsTraditional = false;
  if (options.simplify === undefined && trad.yes) {
    if (flags.simplify === false) {
      keepsTraditional = true;
      said.push(
        `正文是繁体字（${trad.count} 个繁体字），按 --keep-traditional 保留繁体，草稿中写了 script: traditional`,
      );
    } else {
      options.simplify = 'tw';
      if (flags.simplify === undefined)
        said.push(
          `检测到正文是繁体字（${trad.count} 个繁体字），已转为简体并在 conversion 中注明（馆的报告原本就用繁体发布、要保留时加 --keep-traditional）`,
        );
    }
  }
  const lines = splitLines(text);
  const pages = lines.filter((l) => l.trim() !== '' && isPageNumber(l)).length;
  if (options.joinBrokenLines === undefined) {
    if (flags.joinLines ?? pages >= 2) {
      options.joinBrokenLines = true;
      if (flags.joinLines === undefined)
        said.push(
          `检测到 PDF 页码行 ${pages} 处：已删除页码，并把分页处断开的句子接回（不要这样做就加 --no-join-lines）`,
        );
    }
  }
  if (options.tables === undefined) {
    const tables = findLineTables(lines).length;
    if (flags.tables ?? tables > 0) {
      options.tables = true;
      if (flags.tables === undefined && tables)
        said.push(`检测到逐行排列的表格 ${tables} 个（每行一个单元格），已整理为表格（不要这样做就加 --no-tables）`);
    }
  }
  if (options.titleLine === undefined) {
    const first = lines.findIndex((l) => l.trim() !== '');
    const title = (lines[first] ?? '').trim();
    // The report's own title on its first line: `青川县图书馆2022年工作总结`.
    if (
      first >= 0 &&
      title.length <= 40 &&
      /(?:总结|报告|年报|工作要点)$/.test(title.replace(/\s+/g, '')) &&
      !/[。；]/.test(title)
    ) {
      options.titleLine = first + 1;
      said.push(`第 ${first + 1} 行“${title}”是报告标题：用作 title，正文不再重复`);
    }
  }
  return { options, said, keepsTraditional };
}
