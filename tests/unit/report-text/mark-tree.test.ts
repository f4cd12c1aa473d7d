/** Marking figures' numbers in an mdast tree: links with ids, text unchanged, each figure once. */
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { describe, expect, it } from 'vitest';
import { markNumbers, type LineFigure, type MdNode } from '../../../src/lib/report-text/mark-tree.ts';

const options = {
  id: (m: string) => `num-${m.replace('.', '-')}`,
  href: (m: string) => `/yearbook/compare/${m.replace('.', '/')}/`,
  label: (m: string, text: string) => `${m} ${text}`,
  title: (m: string) => `${m}：各馆比较`,
};

const parse = (md: string): MdNode => remark().use(remarkGfm).use(remarkMdx).parse(md) as unknown as MdNode;

/** All text of a tree, in order. */
function textOf(n: MdNode): string {
  return n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join('');
}

/** Every marked element: [id, its text, tag]. */
function marks(n: MdNode, out: [string, string, string][] = []): [string, string, string][] {
  const props = (n.data?.['hProperties'] ?? {}) as { id?: string };
  if (props.id) out.push([props.id, textOf(n), n.type === 'link' ? `a ${n.url ?? ''}` : 'span']);
  for (const c of n.children ?? []) marks(c, out);
  return out;
}

const fig = (metric: string, written: string, unit: string, line: number, more: Partial<LineFigure> = {}) => ({
  metric,
  written,
  unit,
  line,
  ...more,
});

describe('markNumbers', () => {
  it('wraps each number in a link to its compare page with an id and a label, keeping the text', () => {
    const md = '## 概述\n\n累计馆藏量 379.42 万册，新增 8.87 万册。\n\n流通量 **126.38** 万册次。\n';
    const tree = parse(md);
    const before = textOf(tree);
    const result = markNumbers(
      tree,
      [
        fig('collection.total', '379.42万', '册', 3),
        fig('collection.newVolumes', '8.87万', '册', 3),
        fig('use.circulation', '126.38万', '册次', 5),
      ],
      options,
    );
    expect(textOf(tree)).toBe(before);
    expect(result).toEqual({
      marked: ['collection.newVolumes', 'collection.total', 'use.circulation'],
      missing: [],
    });
    expect(marks(tree)).toEqual([
      ['num-collection-total', '379.42 万册', 'a /yearbook/compare/collection/total/'],
      ['num-collection-newVolumes', '8.87 万册', 'a /yearbook/compare/collection/newVolumes/'],
      // Split across <strong> and text: the mark holds both.
      ['num-use-circulation', '126.38 万册次', 'a /yearbook/compare/use/circulation/'],
    ]);
    const link = JSON.stringify(tree);
    expect(link).toContain('"ariaLabel":"collection.total 379.42 万册"');
    expect(link).toContain('"className":["figure-number"]');
  });

  it('marks the figure in its own sentence’s line, not the first place the number appears', () => {
    const md = '开展培训8场。\n\n新增分馆8个，服务点7个。\n';
    const tree = parse(md);
    markNumbers(tree, [fig('network.branches', '8', '个', 3, { sentence: '新增分馆8个，服务点7个。' })], options);
    expect(marks(tree)).toEqual([['num-network-branches', '8个', 'a /yearbook/compare/network/branches/']]);
    expect(JSON.stringify(tree.children?.[0])).not.toContain('num-');
  });

  it('marks a number inside an <Event> and inside a table cell', () => {
    const md = '<Event date="2021-05">5月新增读者1.2万人</Event>。\n\n| 项目 | 数量 |\n| --- | --- |\n| 分馆 | 8个 |\n';
    const tree = parse(md);
    const before = textOf(tree);
    markNumbers(
      tree,
      [fig('users.newRegistered', '1.2万', '人', 1), fig('network.branches', '8', '个', 5, { sentence: '8个' })],
      options,
    );
    expect(textOf(tree)).toBe(before);
    expect(marks(tree).map((m) => m.slice(0, 2))).toEqual([
      ['num-users-newRegistered', '1.2万人'],
      ['num-network-branches', '8个'],
    ]);
  });

  it('uses a span, not a nested link, for a number inside a link', () => {
    const tree = parse('见[馆藏364565册](/libraries/x/)。\n');
    markNumbers(tree, [fig('collection.total', '364565', '册', 1)], options);
    expect(marks(tree)).toEqual([['num-collection-total', '364565册', 'span']]);
  });

  it('gives two figures stated by one number both ids', () => {
    const tree = parse('成员馆与分馆共8个。\n');
    markNumbers(tree, [fig('network.members', '8', '个', 1), fig('network.branches', '8', '个', 1)], options);
    expect(marks(tree)).toEqual([
      ['num-network-members', '8个', 'a /yearbook/compare/network/members/'],
      ['num-network-branches', '8个', 'span'],
    ]);
  });

  it('reports figures not found on their line, and marks each figure once', () => {
    const tree = parse('馆藏364565册。\n\n馆藏364565册。\n');
    const result = markNumbers(
      tree,
      [fig('collection.total', '364565', '册', 3), fig('use.visits', '42万多', '人次', 1)],
      options,
    );
    expect(result).toEqual({ marked: ['collection.total'], missing: ['use.visits'] });
    expect(marks(tree)).toHaveLength(1);
    expect(JSON.stringify(tree.children?.[0])).not.toContain('num-');
  });
});
