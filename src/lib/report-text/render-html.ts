/**
 * A report's text — the MDX body after its frontmatter — rendered to an HTML string in one
 * remark/rehype pass, with the same parser (remark-mdx, GFM), the same plugins (remark-chronicle,
 * remark-figure-numbers) and the same heading ids as Astro's MDX integration.
 *
 * Why not Astro's MDX pipeline: it compiles every report into a JavaScript module that Vite bundles,
 * the largest phase of the build that grew with the corpus (≈ 5 minutes and most of the build's memory
 * at 4,000 reports, docs/benchmarks.md). A report body uses only two components, `<Restored>` and
 * `<Event>`, and plain HTML-like tags, so it needs no JavaScript at all: this module turns them into
 * elements directly. Anything a report must not contain — another component, a `{…}` expression,
 * `import`/`export` — is an error with its line and a fix, never silently dropped (a `{1+1}` would
 * otherwise have printed 2 in a report).
 */
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { PreparedReport } from './prepared-report.ts';
import { withBase } from '../site/base-path.ts';
import { remarkChronicle } from './remark-chronicle.ts';
import { remarkFigureNumbers } from './remark-figure-numbers.ts';

/** A heading of the text, for the page's table of contents (the same shape Astro's `render()` gives). */
export interface ReportHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface RenderedReport {
  readonly html: string;
  readonly headings: readonly ReportHeading[];
}

/** Something in the text the renderer will not guess about; `line` is 1-based in the body. */
export class ReportMarkupError extends Error {
  readonly line: number | undefined;
  readonly zh: string;
  readonly en: string;
  readonly hintZh: string;
  readonly hintEn: string;
  constructor(line: number | undefined, zh: string, en: string, hintZh: string, hintEn: string) {
    super(`${line ?? '?'}: ${en}`);
    this.name = 'ReportMarkupError';
    this.line = line;
    this.zh = zh;
    this.en = en;
    this.hintZh = hintZh;
    this.hintEn = hintEn;
  }
}

export interface RenderOptions {
  /** The deployment base path (`/` or `/yearbook/`). */
  readonly base: string;
}

type Attribute = { type: string; name?: string; value?: unknown };
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Attribute[];
  children: ElementContent[];
  position?: { start: { line: number } };
}
type AnyNode = (RootContent | MdxElement | { type: string; value?: string; position?: MdxElement['position'] }) & {
  children?: AnyNode[];
};

const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

const lineOf = (n: { position?: { start: { line: number } } | undefined }): number | undefined =>
  n.position?.start.line;

function stringAttributes(el: MdxElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attributes) {
    if (
      a.type !== 'mdxJsxAttribute' ||
      !a.name ||
      (a.value !== null && a.value !== undefined && typeof a.value !== 'string')
    )
      throw new ReportMarkupError(
        lineOf(el),
        `<${el.name ?? ''}> 的属性只能写成 名字="文字"`,
        `attributes of <${el.name ?? ''}> must be written name="text"`,
        '把花括号 {…} 里的内容改成带引号的文字，例如 date="2021-05-01"',
        'Write the value as quoted text, e.g. date="2021-05-01"',
      );
    out[a.name] = a.value ?? '';
  }
  return out;
}

function required(el: MdxElement, attrs: Record<string, string>, name: string, example: string): string {
  const v = attrs[name];
  if (v) return v;
  throw new ReportMarkupError(
    lineOf(el),
    `<${el.name ?? ''}> 缺少 ${name}`,
    `<${el.name ?? ''}> has no ${name}`,
    `加上 ${name}，例如 <${el.name ?? ''} ${name}="${example}">…</${el.name ?? ''}>`,
    `Add it, e.g. <${el.name ?? ''} ${name}="${example}">…</${el.name ?? ''}>`,
  );
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * The two components reports may use, as the HTML they stand for (the markup the former Astro
 * components rendered; their styles are the report page's).
 */
function component(el: MdxElement, children: ElementContent[]): ElementContent[] {
  const attrs = stringAttributes(el);
  if (el.name === 'Restored') {
    const original = required(el, attrs, 'original', '原文中的乱码');
    return [
      element('ins', { className: ['restored'], title: `编者修复，原文为乱码：${original}` }, [
        ...children,
        element('span', { className: ['visually-hidden'] }, [text(`（编者修复的乱码，原文：${original}）`)]),
      ]),
    ];
  }
  if (el.name === 'Event') {
    const date = required(el, attrs, 'date', '2021-05-01');
    return [element('span', { className: ['event'], id: attrs['id'], dataDate: date }, children)];
  }
  if (el.name === null) return children; // a fragment <>…</>
  if (/^[a-z]/.test(el.name)) return [element(el.name, attrs, children)];
  throw new ReportMarkupError(
    lineOf(el),
    `报告正文不能使用组件 <${el.name}>（只能用 <Event> 和 <Restored>）`,
    `a report cannot use the component <${el.name}> (only <Event> and <Restored>)`,
    `检查拼写（大小写也要一致）；如果 < 是正文中的符号，写成 \\<`,
    'Check the spelling (case matters); if < is part of the text, write \\<',
  );
}

/** rehype step: MDX nodes left by remark-rehype become plain elements, or an error with a fix. */
const rehypeReportElements: Plugin<[{ base: string }], HastRoot> =
  ({ base }) =>
  (tree) => {
    const convert = (nodes: AnyNode[]): ElementContent[] =>
      nodes.flatMap((n): ElementContent[] => {
        const kids = n.children ? convert(n.children) : [];
        switch (n.type) {
          case 'mdxJsxFlowElement':
          case 'mdxJsxTextElement':
            return component(n as MdxElement, kids);
          case 'mdxFlowExpression':
          case 'mdxTextExpression':
            if (COMMENT.test(String(n.value ?? ''))) return []; // {/* a comment */} renders nothing, as in MDX
            throw new ReportMarkupError(
              lineOf(n),
              `正文中的花括号 {${String(n.value ?? '').slice(0, 20)}} 会被当作代码`,
              `the braces {${String(n.value ?? '').slice(0, 20)}} in the text would be read as code`,
              '如果花括号是原文的一部分，写成 \\{ 和 \\}，或用全角 ｛ ｝',
              'If the braces are part of the text, write \\{ and \\}, or use full-width ｛ ｝',
            );
          case 'mdxjsEsm':
            throw new ReportMarkupError(
              lineOf(n),
              '报告正文不能有 import 或 export 语句',
              'a report cannot contain import or export statements',
              '删掉这一行；如果是正文，把开头的 import/export 前加一个字或改写',
              'Remove the line; if it is text, do not start the paragraph with import/export',
            );
          case 'element': {
            const e = n as Element;
            if (e.tagName === 'a' && typeof e.properties['href'] === 'string')
              e.properties['href'] = withBase(base, e.properties['href']);
            e.children = kids;
            return [e];
          }
          default:
            return [{ ...(n as ElementContent), ...(n.children ? { children: kids } : {}) }];
        }
      });
    tree.children = convert(tree.children);
  };

/** The processor for one base path (plugins are configured once; a processor is reused per report). */
function processor(opts: RenderOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkChronicle)
    .use(remarkFigureNumbers, { base: opts.base })
    .use(remarkRehype, { passThrough: MDX_NODES } as RemarkRehypeOptions)
    .use(rehypeReportElements, { base: opts.base })
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
}
const processors = new Map<string, ReturnType<typeof processor>>();

/** The position of a parse error (micromark's messages carry `line`). */
function parseError(e: unknown): ReportMarkupError | undefined {
  if (e instanceof ReportMarkupError) return e;
  const m = e as { name?: string; line?: number; reason?: string; message?: string; source?: string };
  if (typeof m.source !== 'string' || !/micromark|mdx/.test(m.source)) return undefined;
  return new ReportMarkupError(
    m.line ?? undefined,
    `MDX 语法错误：${m.reason ?? m.message ?? ''}`,
    `MDX syntax error: ${m.reason ?? m.message ?? ''}`,
    '正文中的 < 和 { 有特殊含义：如果它们是原文的一部分，写成 \\< 和 \\{（或用全角 ＜ ｛）；标签要成对写，例如 <Event date="2021-05">…</Event>',
    'In the text, < and { are special: if they are part of the text, write \\< and \\{; tags must be closed, e.g. <Event date="2021-05">…</Event>',
  );
}

/**
 * Render a report body (the text after the frontmatter, trimmed — Astro's `entry.body`) to HTML.
 * Throws `ReportMarkupError` for markup a report must not contain, with the line in the body.
 */
export function renderReportHtml(body: string, report: PreparedReport, opts: RenderOptions): RenderedReport {
  let p = processors.get(opts.base);
  if (!p) processors.set(opts.base, (p = processor(opts)));
  const file = new VFile({ value: body, data: { report } });
  try {
    const tree = p.runSync(p.parse(file), file);
    const html = p.stringify(tree, file);
    return { html, headings: file.data.astro?.headings ?? [] };
  } catch (e) {
    throw parseError(e) ?? e;
  }
}

/**
 * The first markup problem of a body, if any: what `renderReportHtml` would throw, for the content check
 * (`npm run check`), which has no figures or events to mark.
 */
export function markupProblem(body: string): ReportMarkupError | undefined {
  try {
    renderReportHtml(body, { library: '', year: 0, events: [], figures: [] }, { base: '/' });
    return undefined;
  } catch (e) {
    if (e instanceof ReportMarkupError) return e;
    throw e;
  }
}
