/**
 * Mark the numbers of a report's figures in its Markdown tree (mdast): each stated number is wrapped in
 * a link to the metric's compare page that carries the id provenance links target (`num-<group>-<key>`)
 * and an accessible name. Pure over plain objects, so a unit test needs no Markdown processor; the
 * remark plugin (src/lib/report-text/remark-figure-numbers.ts) only feeds it the tree and the figures.
 *
 * The sentence around the numbers is wrapped in `<span class="figure-sentence">`, so that CSS
 * (`:has(:target)`) highlights the sentence of the number a reader arrives at.
 *
 * The text is never changed: nodes are split and regrouped, their characters kept in order. A number
 * split across inline nodes (`**126.38**万`) is wrapped together with the nodes it spans (a node only
 * partly covered is wrapped whole). Inside an existing link the mark is a `<span>` with the id (links
 * cannot nest).
 */
import {
  findNumber,
  includesText,
  locateNumbers,
  pieceRanges,
  type MarkFigure,
  type NumberMark,
} from './number-marks.ts';

/** The parts of an mdast node this module reads and writes. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  name?: string | null;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
  data?: Record<string, unknown>;
}

/** A figure with the line of the sentence that states it. */
export interface LineFigure extends MarkFigure {
  /** 1-based line of the file (the same numbering as the tree's positions). */
  readonly line: number;
}

export interface MarkOptions {
  /** Element id of a figure's number. */
  readonly id: (metric: string) => string;
  /** Link target of a figure's number (its compare page, base included). */
  readonly href: (metric: string) => string;
  /** Accessible name of a marked number: metric label and the number as written. */
  readonly label: (metric: string, text: string) => string;
  /** Tooltip of the link. */
  readonly title?: (metric: string) => string;
}

/** Nodes whose inline content is searched: one block of text each. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const isLink = (n: MdNode): boolean =>
  n.type === 'link' || n.type === 'linkReference' || (n.type.startsWith('mdxJsx') && n.name === 'a');

interface Leaf {
  node: MdNode;
  /** Ancestors from the block down to the leaf's parent. */
  path: MdNode[];
}

function leaves(block: MdNode): Leaf[] {
  const out: Leaf[] = [];
  const visit = (n: MdNode, path: MdNode[]): void => {
    for (const c of n.children ?? []) {
      if (c.type === 'text') out.push({ node: c, path: [...path, n] });
      else if (c.children) visit(c, [...path, n]);
    }
  };
  visit(block, []);
  return out;
}

function blocks(tree: MdNode): MdNode[] {
  const out: MdNode[] = [];
  const visit = (n: MdNode): void => {
    if (BLOCKS.has(n.type)) out.push(n);
    else for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

const contains = (node: MdNode, test: (n: MdNode) => boolean): boolean =>
  test(node) || (node.children ?? []).some((c) => contains(c, test));

/** The wrapper of one mark: a link, or a span inside a link; extra figures as nested spans. */
function wrapper(mark: NumberMark, inLink: boolean, o: MarkOptions): { outer: MdNode; inner: MdNode } {
  const [first = '', ...more] = mark.metrics;
  const outer: MdNode = inLink
    ? { type: 'figureNumber', data: { hName: 'span', hProperties: { id: o.id(first), className: ['figure-number'] } } }
    : {
        type: 'link',
        url: o.href(first),
        title: o.title?.(first) ?? null,
        data: {
          hProperties: {
            id: o.id(first),
            className: ['figure-number'],
            ariaLabel: mark.metrics.map((m) => o.label(m, mark.text)).join('；'),
          },
        },
      };
  let inner = outer;
  for (const m of more) {
    const span: MdNode = { type: 'figureNumber', data: { hName: 'span', hProperties: { id: o.id(m) } } };
    inner.children = [span];
    inner = span;
  }
  return { outer, inner };
}

const text = (value: string): MdNode => ({ type: 'text', value });

/**
 * Wrap [start, end) of a block's joined text in the node `make` returns (its innermost node gets the
 * wrapped children); `inLink` tells whether the range lies in or holds a link.
 */
function wrap(
  block: MdNode,
  start: number,
  end: number,
  make: (inLink: boolean) => { outer: MdNode; inner: MdNode },
): void {
  const ls = leaves(block);
  const parts = pieceRanges(
    ls.map((l) => l.node.value ?? ''),
    start,
    end,
  );
  const a = parts[0];
  const b = parts.at(-1);
  if (!a || !b) return;
  const la = ls[a.index] as Leaf;
  const lb = ls[b.index] as Leaf;
  // The deepest node that holds both ends.
  let depth = 0;
  while (depth < la.path.length && depth < lb.path.length && la.path[depth] === lb.path[depth]) depth++;
  const parent = la.path[depth - 1] as MdNode;
  const kids = parent.children ?? [];
  const childOf = (l: Leaf): MdNode => (l.path.length > depth ? (l.path[depth] as MdNode) : l.node);
  let i = kids.indexOf(childOf(la));
  let j = kids.indexOf(childOf(lb));
  // Split the end first, so the start's index stays right.
  if (childOf(lb) === lb.node && b.to < (lb.node.value ?? '').length) {
    const v = lb.node.value ?? '';
    kids.splice(j, 1, text(v.slice(0, b.to)), text(v.slice(b.to)));
  }
  if (childOf(la) === la.node && a.from > 0) {
    const v = kids[i]?.value ?? '';
    kids.splice(i, 1, text(v.slice(0, a.from)), text(v.slice(a.from)));
    i++;
    j++;
  }
  const taken = kids.slice(i, j + 1);
  const inLink = la.path.slice(0, depth).some(isLink) || taken.some((k) => contains(k, isLink));
  const { outer, inner } = make(inLink);
  inner.children = taken;
  kids.splice(i, j - i + 1, outer);
}

const joined = (block: MdNode): string =>
  leaves(block)
    .map((l) => l.node.value ?? '')
    .join('');

/**
 * Mark every figure's number in the tree, each once: in the block (paragraph, heading, table cell) on
 * its sentence's line that holds the sentence, else the first there that holds the number. Returns the
 * metrics marked and those whose number was not found (their links fall back to the figures table).
 */
export function markNumbers(
  tree: MdNode,
  figures: readonly LineFigure[],
  options: MarkOptions,
): { marked: string[]; missing: string[] } {
  const all = blocks(tree).filter((b) => b.position);
  const texts = new Map(all.map((b) => [b, joined(b)]));
  const assigned = new Map<MdNode, LineFigure[]>();
  const missing: string[] = [];
  for (const f of figures) {
    const onLine = all.filter((b) => b.position && b.position.start.line <= f.line && f.line <= b.position.end.line);
    const block =
      onLine.find((b) => f.sentence && includesText(texts.get(b) ?? '', f.sentence)) ??
      onLine.find((b) => findNumber(texts.get(b) ?? '', f.written).length > 0);
    if (!block) missing.push(f.metric);
    else assigned.set(block, [...(assigned.get(block) ?? []), f]);
  }
  const marked: string[] = [];
  for (const [block, fs] of assigned) {
    const found = locateNumbers(
      leaves(block).map((l) => l.node.value ?? ''),
      fs,
    );
    missing.push(...found.missing);
    // Right to left: wrapping never changes the text, but this keeps each split local.
    for (const mark of [...found.marks].reverse()) {
      wrap(block, mark.start, mark.end, (inLink) => wrapper(mark, inLink, options));
      marked.push(...mark.metrics);
    }
    // Then each sentence around its numbers, so CSS can highlight the sentence of the targeted number.
    for (const { start, end } of [...found.sentences].reverse()) {
      const span: MdNode = {
        type: 'figureSentence',
        data: { hName: 'span', hProperties: { className: ['figure-sentence'] } },
      };
      wrap(block, start, end, () => ({ outer: span, inner: span }));
    }
  }
  return { marked: marked.sort(), missing: missing.sort() };
}
