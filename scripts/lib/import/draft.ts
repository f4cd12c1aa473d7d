/**
 * A source text → the MDX draft staff complete: cleanups decided from the text (detect.ts) unless the
 * source's options are given, the body (convert.ts), and the frontmatter with every catalog metric as a
 * commented line — the figures the importer recognised filled in with the line of the file where their
 * sentence stands, for a person to confirm. It never fills a figure itself. Pure.
 */
import { stringify } from 'yaml';
import { figureLines, type FoundFigure } from '../skeleton.ts';
import { convertReport, type ConvertOptions, type ConvertResult } from './convert.ts';
import { detectCleanups, type ImportFlags } from './detect.ts';
import { suggestFigures, type FigureSuggestion } from './suggest-figures.ts';

/** What a draft is made from. */
export interface DraftInput {
  readonly raw: string;
  /** The source file's name, for `source:`. */
  readonly file: string;
  readonly library: { readonly id: string; readonly name: string };
  readonly year: number;
  /** A known source's own options (scripts/import-report.ts SOURCES): used as they are, nothing detected. */
  readonly known?: ConvertOptions | undefined;
  readonly flags?: ImportFlags | undefined;
  /** Notes for `conversion` besides the automatic ones. */
  readonly notes?: readonly string[] | undefined;
  readonly title?: string | undefined;
}

/** A draft and what went into it. */
export interface Draft {
  readonly mdx: string;
  readonly result: ConvertResult;
  readonly suggestions: readonly FigureSuggestion[];
  /** The cleanups decided from the text, in Chinese, for the terminal. */
  readonly said: readonly string[];
  /** The first line of the body in the MDX file. */
  readonly bodyLine: number;
}

const HEADER = [
  '  # 每个指标一行：中文名（单位）和含义。导入时在正文中认出的数字已写在对应的行里，并注明原句在本文件第几行——',
  '  # 只是建议：逐条与原文核对，确认后删掉行首的 # 号（冒号后要有一个空格）；没认出的指标照原文填写，没有就不填。',
];

function yamlValue(s: FigureSuggestion): string {
  const v = /^\d+$/.test(s.written) ? s.written : `"${s.written}"`;
  return s.change ? `{ value: ${v}, change: "${s.change}" }` : v;
}

/** The MDX text: frontmatter (figures as commented lines) and body; `offset` = file line of body line 1, minus 1. */
function render(
  input: DraftInput,
  title: string,
  result: ConvertResult,
  suggestions: readonly FigureSuggestion[],
  traditional: boolean,
  offset: number,
): string {
  const found = new Map<string, FoundFigure>(
    suggestions.map((s) => [
      s.metric,
      {
        value: yamlValue(s),
        where: `第 ${s.line + offset} 行：${s.sentence.slice(0, 50)}${s.sentence.length > 50 ? '…' : ''}`,
      },
    ]),
  );
  const fields = {
    library: input.library.id,
    year: input.year,
    title,
    source: input.file,
    ...(traditional ? { script: 'traditional' } : {}),
    conversion: [...result.notes, ...(input.notes ?? [])],
  };
  const fm = `${stringify(fields, { lineWidth: 0 })}figures:\n${[...HEADER, ...figureLines(found)].join('\n')}\n`;
  return `---\n${fm}---\n\n${result.body}`;
}

/** Convert one source text into its MDX draft. */
export function draftReport(input: DraftInput): Draft {
  const detected = input.known
    ? { options: input.known, said: [], keepsTraditional: false }
    : detectCleanups(input.raw, {}, input.flags);
  const result = convertReport(input.raw, detected.options);
  const title = input.title ?? result.title ?? `${input.library.name}${input.year}年工作总结`;
  const suggestions = suggestFigures(result.body, input.year);
  // The frontmatter has one line per metric whatever was found, so its length is known before the numbers.
  const first = render(input, title, result, suggestions, detected.keepsTraditional, 0);
  const bodyLine = first.split('\n').length - result.body.split('\n').length + 1;
  const mdx = render(input, title, result, suggestions, detected.keepsTraditional, bodyLine - 1);
  return { mdx, result, suggestions, said: detected.said, bodyLine };
}
