/**
 * The reports' loader reads `.mdx` files with its own entry type (src/loaders/reports.ts), so the site does
 * not register @astrojs/mdx. It must read every report exactly as @astrojs/mdx's entry type does (the one
 * it replaced), and locate a YAML mistake the same way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ContentEntryType } from 'astro';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/check/load-content.ts';
import { readReportBody, reportEntryType } from '../../../src/loaders/reports.ts';

const CONTENT = join(process.cwd(), 'content');

/** The `.mdx` entry type @astrojs/mdx adds in its setup hook. */
async function mdxEntryType(): Promise<ContentEntryType> {
  let added: ContentEntryType | undefined;
  const setup = mdx().hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
  await setup({
    config: {},
    updateConfig: () => undefined,
    addPageExtension: () => undefined,
    addRenderer: () => undefined,
    addContentEntryType: (t: ContentEntryType) => (added = t),
  });
  if (!added) throw new Error('@astrojs/mdx added no entry type');
  return added;
}

const reports = loadContent(CONTENT).filter((f) => f.path.startsWith('reports/'));

describe('reportEntryType', () => {
  it('reads .mdx files', () => expect(reportEntryType.extensions).toEqual(['.mdx']));

  it.each(reports.map((f) => [f.path]))('reads %s as @astrojs/mdx does (data, body, raw frontmatter)', async (path) => {
    const fileUrl = pathToFileURL(join(CONTENT, path));
    const contents = readFileSync(fileUrl, 'utf8');
    const ours = await reportEntryType.getEntryInfo({ fileUrl, contents });
    const theirs = await (await mdxEntryType()).getEntryInfo({ fileUrl, contents });
    expect(ours.data).toEqual(theirs.data);
    expect(ours.body).toBe(theirs.body);
    expect(ours.rawData).toBe(theirs.rawData);
  });

  it('locates a YAML mistake in the file, as @astrojs/mdx does', async () => {
    const fileUrl = pathToFileURL('/content/reports/demo/2021.mdx');
    const contents = '---\nyear: 2021\ntitle: [unclosed\n---\n\n正文。\n';
    const caught = async (t: ContentEntryType): Promise<unknown> => {
      try {
        await t.getEntryInfo({ fileUrl, contents });
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const ours = (await caught(reportEntryType)) as { loc?: unknown; message?: string } | undefined;
    const theirs = (await caught(await mdxEntryType())) as { loc?: unknown; message?: string } | undefined;
    expect(ours?.loc).toMatchObject({ file: '/content/reports/demo/2021.mdx' });
    expect(ours?.loc).toEqual(theirs?.loc);
    expect(ours?.message).toBe(theirs?.message);
  });
});

describe('readReportBody', () => {
  /** The body as the loader gives it (`entry.body`): parsed, frontmatter blanked, trimmed. */
  const loaderBody = (contents: string): string =>
    parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content.trim();

  it.each(reports.map((f) => [f.path]))('reads the text of %s as the loader does', (path) => {
    const file = join(CONTENT, path);
    expect(readReportBody(file)).toBe(loaderBody(readFileSync(file, 'utf8')));
  });

  it.each([
    ['a byte order mark first', '\uFEFF---\nyear: 2021\n---\n\n正文。\n'],
    ['blank lines before the frontmatter', '\n\n  \n---\nyear: 2021\n---\n正文。'],
    ['no text', '---\nyear: 2021\n---\n\n\n'],
    ['no frontmatter', '\n正文。\n\n---\n\n下文。\n'],
    ['TOML between +++ lines', '+++\nyear = 2021\n+++\n\n正文。\n'],
    ['delimiters that do not match', '---\nyear: 2021\n+++\n\n正文。\n'],
    [
      'a rule and the same block again in the text',
      '---\nyear: 2021\n---\n\n正文。\n\n---\nyear: 2021\n---\n\n下文。\n',
    ],
    ['text right after the closing line', '---\nyear: 2021\n---正文。'],
  ])('reads a file with %s as the loader does', (_name, contents) => {
    const dir = mkdtempSync(join(tmpdir(), 'yearbook-body-'));
    try {
      const file = join(dir, '2021.mdx');
      writeFileSync(file, contents);
      expect(readReportBody(file)).toBe(loaderBody(contents));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
