import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { partKey, type PartInput } from '../../../src/integrations/pagefind-part.ts';

const site = mkdtempSync(join(tmpdir(), 'part-key-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const page = (name: string, html: string): string => {
  writeFileSync(join(site, name), html);
  return name;
};
const a = page('a.html', '<html lang="zh-CN"><body data-pagefind-body><h1 id="t">北海市图书馆</h1></body></html>');
const b = page('b.html', '<html lang="zh-CN"><body data-pagefind-body><p>借阅 50万余册</p></body></html>');

const input = (over: Partial<PartInput> = {}): PartInput => ({
  site,
  paths: [a, b],
  added: () => ({ scope: '广西壮族自治区' }),
  placeholderKeys: ['library', 'scope'],
  ...over,
});

describe('partKey (whether a search index part can be reused)', () => {
  it('is the same for the same pages, filters, position and placeholder', async () => {
    expect(await partKey(input(), 1)).toBe(await partKey(input(), 1));
  });

  it('changes when one byte of a page changes, and back when it is restored', async () => {
    const before = await partKey(input(), 1);
    page(b, '<html lang="zh-CN"><body data-pagefind-body><p>借阅 50万多册</p></body></html>');
    const after = await partKey(input(), 1);
    page(b, '<html lang="zh-CN"><body data-pagefind-body><p>借阅 50万余册</p></body></html>');
    expect(after).not.toBe(before);
    expect(await partKey(input(), 1)).toBe(before);
  });

  it('changes with the filters the build adds to a page (a library moved to another province)', async () => {
    const moved = input({ added: (path) => ({ scope: path === b ? '广东省' : '广西壮族自治区' }) });
    expect(await partKey(moved, 1)).not.toBe(await partKey(input(), 1));
  });

  it('changes with the part’s position, its pages’ order and its placeholder', async () => {
    const key = await partKey(input(), 1);
    expect(await partKey(input(), 2)).not.toBe(key);
    expect(await partKey(input({ paths: [b, a] }), 1)).not.toBe(key);
    expect(await partKey(input({ placeholderKeys: undefined }), 1)).not.toBe(key);
  });

  it('tells a page’s path from its bytes (no two pages run together)', async () => {
    const c = page('c.html', 'x');
    const d = page('c.htmlx', '');
    expect(await partKey(input({ paths: [c] }), 1)).not.toBe(await partKey(input({ paths: [d] }), 1));
  });
});
