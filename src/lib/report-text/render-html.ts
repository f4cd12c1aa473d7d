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

/** A parser's message in Chinese, what usually causes it, and the fix (English kept for `--lang en`). */
function explainMdx(ruleId: string, source: string, reason: string): [string, string, string, string] {
  const tag = [...reason.matchAll(/`<([^`/>][^`>]*)>`/g)].pop()?.[1] ?? '';
  const closing = /Unexpected closing tag `<\/([^`>]*)>`/.exec(reason)?.[1];
  if (/to create a comment in MDX/.test(reason))
    return [
      'HTML 注释 <!-- … --> 在报告正文里不能用',
      'HTML comments <!-- … --> are not allowed in a report',
      '注释写成 {/* … */}；如果 <!-- 是原文的一部分，写成 \\<!--',
      'Write a comment as {/* … */}; if <!-- is part of the text, write \\<!--',
    ];
  if (ruleId === 'unexpected-character' && /before name/.test(reason))
    return [
      '“<” 后面不是标签名：网站会把 < 当成标签的开头',
      '"<" is not followed by a tag name: the site reads < as the start of a tag',
      '如果 < 是原文中的符号（如“借阅量<100”），写成 \\<（或用全角 ＜）',
      'If < is part of the text (e.g. "<100"), write \\< (or full-width ＜)',
    ];
  if (ruleId === 'unexpected-character' && /attribute value/.test(reason))
    return [
      '标签属性的值没有加引号',
      'an attribute value is not quoted',
      '属性的值要用英文双引号包住，如 <Event date="2022-05">…</Event>',
      'Quote attribute values, e.g. <Event date="2022-05">…</Event>',
    ];
  if (ruleId === 'unexpected-eof' && /expression/.test(source))
    return [
      '花括号 { 没有配对的 }：网站会把花括号里的内容当作代码',
      'a { has no matching }: the site would read what follows as code',
      '如果花括号是原文的一部分，写成 \\{ 和 \\}，或用全角 ｛ ｝',
      'If the brace is part of the text, write \\{ and \\}, or use full-width ｛ ｝',
    ];
  if (ruleId === 'unexpected-eof')
    return [
      '标签没有写完（缺少 >）',
      'a tag is not finished (no >)',
      '把标签写完整，如 <Event date="2022-05">…</Event>；如果 < 是原文中的符号，写成 \\<',
      'Finish the tag, e.g. <Event date="2022-05">…</Event>; if < is part of the text, write \\<',
    ];
  if (ruleId === 'end-tag-mismatch' && closing !== undefined)
    return [
      `结束标签 </${closing}> 与开始标签 <${tag}> 对不上`,
      `the closing tag </${closing}> does not match <${tag}>`,
      `标签要成对写，名字相同：<${tag}>…</${tag}>`,
      `Close each tag with its own name: <${tag}>…</${tag}>`,
    ];
  if (ruleId === 'end-tag-mismatch')
    return [
      `<${tag}> 没有对应的 </${tag}>（要在同一段之内）`,
      `<${tag}> is not closed within its paragraph`,
      `标签要成对写，例如 <Event date="2021-05">…</Event>，开始和结束在同一段里；单独的标签写成 <${tag} />`,
      `Close it in the same paragraph, e.g. <Event date="2021-05">…</Event>; a lone tag is written <${tag} />`,
    ];
  return [
    `无法识别的写法（${reason}）`,
    reason,
    '正文中的 < 和 { 有特殊含义：如果它们是原文的一部分，写成 \\< 和 \\{（或用全角 ＜ ｛）；标签要成对写，例如 <Event date="2021-05">…</Event>',
    'In the text, < and { are special: if they are part of the text, write \\< and \\{; tags must be closed, e.g. <Event date="2021-05">…</Event>',
  ];
}

/** A parse error as an author-facing error, at its line (micromark's messages carry `line`, or name it). */
function parseError(e: unknown): ReportMarkupError | undefined {
  if (e instanceof ReportMarkupError) return e;
  const m = e as { ruleId?: string; line?: number; reason?: string; message?: string; source?: string };
  if (typeof m.source !== 'string' || !/micromark|mdx/.test(m.source)) return undefined;
  const reason = m.reason ?? m.message ?? '';
  const line = m.line ?? (Number(/\((\d+):\d+-/.exec(reason)?.[1]) || undefined);
  const [zh, en, hintZh, hintEn] = explainMdx(m.ruleId ?? '', m.source, reason);
  return new ReportMarkupError(line, `MDX 语法错误：${zh}`, `MDX syntax error: ${en}`, hintZh, hintEn);
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
