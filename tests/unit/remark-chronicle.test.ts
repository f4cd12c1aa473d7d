/** The remark adapter on its own: anchors on 大事记 paragraphs and <Event>s, events on file.data, other files untouched. */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkChronicle } from '../../src/plugins/remark-chronicle.ts';

const MDX =
  '## 概述\n\n全年<Event date="2021-05">5月获评基地</Event>。\n\n## 大事记\n\n1月9日，举办讲座。\n\n1月9日，举办展览。\n';

async function run(path: string) {
  const file = new VFile({ value: MDX, path, data: { astro: { frontmatter: { library: 'demo', year: 2021 } } } });
  const out = await compile(file, { remarkPlugins: [[remarkChronicle, { contentDir: 'content' }]] });
  return { code: String(out.value), data: file.data };
}

describe('remarkChronicle', () => {
  it('gives each entry and each <Event> its id, and puts the events on file.data', async () => {
    const { code, data } = await run('content/reports/demo/2021.mdx');
    expect(code).toContain('id: "e-2021-01-09-1"');
    expect(code).toContain('id: "e-2021-01-09-2"');
    expect(code).toMatch(/Event, \{[\s\S]*date: "2021-05",[\s\S]*id: "e-2021-05-1"/);
    expect(data.chronicle?.map((e) => e.id)).toEqual(['e-2021-05-1', 'e-2021-01-09-1', 'e-2021-01-09-2']);
  });

  it('skips files outside the content folder', async () => {
    const { code, data } = await run('src/pages/about.mdx');
    expect(code).not.toContain('e-2021-01-09-1');
    expect(data.chronicle).toBeUndefined();
  });
});
