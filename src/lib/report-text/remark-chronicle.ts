/**
 * remark plugin (thin adapter): given a report's events in `file.data.report` (extracted once by the content
 * check, src/lib/chronicle/events.ts), give every 大事记 paragraph its event id as an anchor
 * (`data.hProperties.id`), pass the id to every `<Event>` element, and put the events on
 * `file.data.chronicle`. A file without `file.data.report` is not a report and is left as it is.
 * The report renderer (render-html.ts) sets the data; tests/unit/report-text/remark-chronicle.test.ts runs the
 * plugin in the MDX compiler, as Astro would.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { PreparedReport } from './prepared-report.ts';
import type { ChronicleEvent } from '../chronicle/event-schema.ts';

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

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

/** The plugin: `unified().use(remarkChronicle)`, with the report's events in `file.data.report`. */
export const remarkChronicle: RemarkPlugin<[]> = () => {
  return (tree, file): void => {
    const report: PreparedReport | undefined = file.data.report;
    if (!report) return;
    const events = report.events;
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
