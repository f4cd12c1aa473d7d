/**
 * remark plugin (thin adapter): for a report under the content folder, run the pure extractor on the
 * file's text, give every 大事记 paragraph its event id as an anchor (`data.hProperties.id`), pass the id
 * to every `<Event>` element, and put the events on `file.data.chronicle`.
 *
 * Astro 7 runs remark plugins only through `@astrojs/markdown-remark`'s `unified()` processor, which
 * astro.config.mjs configures; tests/build/chronicle-anchors.test.ts proves it runs on `.mdx`.
 */
import { resolve, sep } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { blankFrontmatter, extractEvents, type ChronicleEvent } from '../lib/chronicle.ts';

interface Node {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  data?: { hProperties?: Record<string, unknown> } & Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

declare module 'vfile' {
  interface DataMap {
    /** Dated events of the report, set by remark-chronicle. */
    chronicle: ChronicleEvent[];
  }
}

export interface RemarkChronicleOptions {
  /** The content folder (relative to the working directory or absolute); other files are skipped. */
  contentDir: string;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

/** The plugin: `unified({ remarkPlugins: [[remarkChronicle, { contentDir }]] })`. */
export const remarkChronicle: RemarkPlugin<[RemarkChronicleOptions]> = (options) => {
  const root = resolve(options.contentDir) + sep;
  return (tree, file): void => {
    if (!file.path || !resolve(file.path).startsWith(root)) return;
    const fm = file.data.astro?.frontmatter ?? {};
    const library = typeof fm['library'] === 'string' ? fm['library'] : undefined;
    const year = typeof fm['year'] === 'number' ? fm['year'] : undefined;
    if (!library || !year) return;
    // Problems are reported by the content check before the build; here only the events matter.
    const { events } = extractEvents(blankFrontmatter(String(file.value)), { library, year });
    const chronicle = new Map(events.filter((e) => e.source === 'chronicle').map((e) => [e.line, e.id]));
    const tagged = events.filter((e) => e.source === 'text');
    let nth = 0;
    walk(tree as unknown as Node, (n) => {
      if (n.type === 'paragraph' && n.position) {
        const id = chronicle.get(n.position.start.line);
        if (id) n.data = { ...n.data, hProperties: { ...n.data?.hProperties, id } };
      } else if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Event') {
        const id = tagged[nth++]?.id;
        if (id && !n.attributes?.some((a) => a.name === 'id'))
          n.attributes?.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      }
    });
    file.data.chronicle = events;
  };
};
