/**
 * remark plugin (thin adapter): for a report under the content folder, run the pure extractor on the
 * file's text, give every 大事记 paragraph its event id as an anchor (`data.hProperties.id`), pass the id
 * to every `<Event>` element, and put the events on `file.data.chronicle`.
 *
 * The site's report renderer (src/lib/report-html.ts) runs it with the events the content check extracted
 * (`file.data.report`); on its own, in any MDX compile, it extracts them from the file
 * (tests/unit/remark-chronicle.test.ts).
 */
import { resolve, sep } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
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

/**
 * The events of a file compiled on its own (frontmatter in `file.data.astro`); the site's renderer
 * (src/lib/report-html.ts) passes the events the content check already extracted as `file.data.report`.
 */
function fromFrontmatter(file: VFile): readonly ChronicleEvent[] | undefined {
  const fm = file.data.astro?.frontmatter ?? {};
  const library = typeof fm['library'] === 'string' ? fm['library'] : undefined;
  const year = typeof fm['year'] === 'number' ? fm['year'] : undefined;
  if (!library || !year) return undefined;
  // Problems are reported by the content check before the build; here only the events matter.
  return extractEvents(blankFrontmatter(String(file.value)), { library, year }).events;
}

/** The plugin: `unified({ remarkPlugins: [[remarkChronicle, { contentDir }]] })`. */
export const remarkChronicle: RemarkPlugin<[RemarkChronicleOptions]> = (options) => {
  const root = resolve(options.contentDir) + sep;
  return (tree, file): void => {
    if (!file.path || !resolve(file.path).startsWith(root)) return;
    const events = file.data.report?.events ?? fromFrontmatter(file);
    if (!events) return;
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
    file.data.chronicle = [...events];
  };
};
