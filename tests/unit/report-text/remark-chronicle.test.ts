/** The remark adapter on its own: anchors on 大事记 paragraphs and <Event>s, events on file.data, non-reports untouched. */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkChronicle } from '../../../src/lib/report-text/remark-chronicle.ts';
import { extractEvents } from '../../../src/lib/chronicle/events.ts';

const MDX =
  '## 概述\n\n全年<Event date="2021-05">5月获评基地</Event>。\n\n## 大事记\n\n1月9日，举办讲座。\n\n1月9日，举办展览。\n';

async function run(isReport: boolean) {
  // The events as the content check extracts them from this text.
  const { events } = extractEvents(MDX, { library: 'demo', year: 2021 });
  const report = { library: 'demo', year: 2021, events, figures: [] };
  const file = new VFile({ value: MDX, path: 'content/reports/demo/2021.mdx', data: isReport ? { report } : {} });
  const out = await compile(file, { remarkPlugins: [remarkChronicle] });
  return { code: String(out.value), data: file.data };
}

describe('remarkChronicle', () => {
  it('gives each entry and each <Event> its id, and puts the events on file.data', async () => {
    const { code, data } = await run(true);
    expect(code).toContain('id: "e-2021-01-09-1"');
    expect(code).toContain('id: "e-2021-01-09-2"');
    expect(code).toMatch(/Event, \{[\s\S]*date: "2021-05",[\s\S]*id: "e-2021-05-1"/);
    expect(data.chronicle?.map((e) => e.id)).toEqual(['e-2021-05-1', 'e-2021-01-09-1', 'e-2021-01-09-2']);
  });

  it('leaves a file that is not a report untouched', async () => {
    const { code, data } = await run(false);
    expect(code).not.toContain('e-2021-01-09-1');
    expect(data.chronicle).toBeUndefined();
  });
});
