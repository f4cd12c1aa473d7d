/**
 * Faithfulness of the generated report bodies: the text of every MDX body, as an MDX parser reads
 * it, must equal the source text after the declared cleanups — nothing dropped, added or reordered —
 * and each MDX file must compile.
 *
 * Whitespace is ignored in the comparison (line joins, table layout). Passages listed in a source's
 * `protect` option (mojibake) match any text, so that a later hand restoration does not fail the
 * check; JSX elements in the body (e.g. an editor's note) are left out of the comparison.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { compile } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { SOURCES, defaultOutPath, sourceReportsDir } from '../../../scripts/import-report.ts';
import { cleanSourceText } from '../../../scripts/lib/import/convert.ts';

interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

type Block =
  | { type: 'heading'; depth: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; cells: string[] };

function inlineText(node: Node, where: string): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'break') return '';
  // <Event date="…">…</Event> only marks text of the source: its words count. Other JSX is the editor's.
  if (node.type === 'mdxJsxTextElement' && (node as { name?: string }).name === 'Event')
    return (node.children ?? []).map((c) => inlineText(c, where)).join('');
  if (node.type === 'mdxJsxTextElement') return ''; // editor's additions
  if (node.children && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')) {
    return node.children.map((c) => inlineText(c, where)).join('');
  }
  throw new Error(`${where}: unexpected ${node.type} (prose misread as markdown/MDX?)`);
}

function blocksOf(mdx: string, where: string): { frontmatter: Record<string, unknown>; blocks: Block[] } {
  const tree = remark().use(remarkFrontmatter).use(remarkMdx).use(remarkGfm).parse(mdx) as Node;
  let frontmatter: Record<string, unknown> = {};
  const blocks: Block[] = [];
  for (const node of tree.children ?? []) {
    if (node.type === 'yaml') frontmatter = parseYaml(node.value ?? '') as Record<string, unknown>;
    else if (node.type === 'heading')
      blocks.push({ type: 'heading', depth: node.depth ?? 0, text: inlineText(node, where) });
    else if (node.type === 'paragraph') blocks.push({ type: 'paragraph', text: inlineText(node, where) });
    else if (node.type === 'table') {
      const cells = (node.children ?? []).flatMap((row) => (row.children ?? []).map((cell) => inlineText(cell, where)));
      blocks.push({ type: 'table', cells });
    } else if (node.type === 'mdxJsxFlowElement') continue;
    else throw new Error(`${where}: unexpected block ${node.type}`);
  }
  return { frontmatter, blocks };
}

const norm = (s: string) => s.replace(/\s+/gu, '');
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const blockText = (b: Block) => (b.type === 'table' ? b.cells.join('') : b.text);

const SOURCE_DIR = sourceReportsDir();
const available = existsSync(SOURCE_DIR);
if (!available) console.warn(`import-faithful: no source reports in ${SOURCE_DIR} (set SOURCE_REPORTS_DIR), skipping`);

describe.skipIf(!available).each(SOURCES)('$library $year ($file)', (entry) => {
  const raw = available ? readFileSync(join(SOURCE_DIR, entry.file), 'utf8') : '';
  const mdxPath = defaultOutPath(entry.library, entry.year);
  const mdx = existsSync(mdxPath) ? readFileSync(mdxPath, 'utf8') : '';
  const cleaned = available ? cleanSourceText(raw, entry.options) : { lines: [], title: undefined };
  const protect = (entry.options.protect ?? []).map((p) => p.text);

  it('exists', () => {
    expect(mdx, `${mdxPath} missing — run: npx tsx scripts/import-report.ts --all`).not.toBe('');
  });

  it('drops only the declared lines', () => {
    const nonBlank = (ls: string[]) => ls.filter((l) => l.trim() !== '').length;
    const declared =
      (entry.options.removeLines ?? []).reduce((n, g) => n + g.lines.length, 0) + (entry.options.titleLine ? 1 : 0);
    expect(nonBlank(cleaned.lines)).toBe(nonBlank(raw.split(/\r?\n/)) - declared);
  });

  it('has the frontmatter skeleton', () => {
    const { frontmatter } = blocksOf(mdx, mdxPath);
    expect(frontmatter).toMatchObject({ library: entry.library, year: entry.year, source: entry.file });
    expect(typeof frontmatter.title).toBe('string');
    if (cleaned.title) expect(frontmatter.title).toBe(cleaned.title);
    expect(Array.isArray(frontmatter.conversion)).toBe(true);
    expect(frontmatter).toHaveProperty('figures');
  });

  it('body text equals the cleaned source text (nothing dropped, added or reordered)', () => {
    const { blocks } = blocksOf(mdx, mdxPath);
    const body = norm(blocks.map(blockText).join(''));
    const source = norm(cleaned.lines.join(''));
    if (protect.length === 0) {
      expect(body).toBe(source);
    } else {
      const parts = source.split(new RegExp(`(?:${protect.map((p) => reEscape(norm(p))).join('|')})`, 'u'));
      expect(parts.length - 1).toBe(protect.length);
      expect(body).toMatch(new RegExp(`^${parts.map(reEscape).join('[\\s\\S]*?')}$`, 'u'));
    }
  });

  it('keeps every source paragraph within one block', () => {
    const { blocks } = blocksOf(mdx, mdxPath);
    const texts = blocks.flatMap((b) => (b.type === 'table' ? b.cells : [b.text])).map(norm);
    const missing = cleaned.lines
      .map(norm)
      .filter((l) => l !== '')
      .filter((l) => !protect.some((p) => l.includes(norm(p))))
      .filter((l) => !texts.some((t) => t.includes(l)));
    expect(missing).toEqual([]);
  });

  it('keeps the 大事记 chronicle one entry per paragraph, exactly as written', () => {
    const start = cleaned.lines.findIndex((l) => /^(?:[一二三四五六七八九十]+、)?大事记$/.test(l.trim()));
    if (start < 0) return; // no chronicle in this report
    const entries: string[] = [];
    for (const l of cleaned.lines.slice(start + 1)) {
      if (/^[一二三四五六七八九十]+、/.test(l.trim())) break;
      if (l.trim()) entries.push(l.trim());
    }
    const { blocks } = blocksOf(mdx, mdxPath);
    const h = blocks.findIndex((b) => b.type === 'heading' && b.depth === 2 && b.text.includes('大事记'));
    expect(h).toBeGreaterThanOrEqual(0);
    const paragraphs: string[] = [];
    for (const b of blocks.slice(h + 1)) {
      if (b.type === 'heading' && b.depth <= 2) break;
      expect(b.type).toBe('paragraph');
      if (b.type === 'paragraph') paragraphs.push(b.text);
    }
    expect(paragraphs).toEqual(entries);
    expect(paragraphs.length).toBeGreaterThan(100);
  });

  it('compiles as MDX', async () => {
    await expect(compile(mdx, { remarkPlugins: [remarkFrontmatter, remarkGfm] })).resolves.toBeTruthy();
  });
});
