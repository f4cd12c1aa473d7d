import { describe, expect, it } from 'vitest';
import { indexHtml } from '../../../src/lib/search/index-html.ts';

const page =
  '<html lang="zh-CN"><body><header id="top">站名</header><main><article class="prose" data-pagefind-body data-astro-cid-x>' +
  '<h2 id="一概述">一、概述</h2><p>核定编制<a id="num-staff" class="fig" href="#f">15人</a>。</p>' +
  '<li id="e-2021-1" data-id="keep">1月9日 开馆</li><h3 class="s" id="小节">小节</h3><div data-id="x">无</div></article></main></body></html>';

describe('indexHtml', () => {
  it('keeps the ids of headings and drops the others, leaving the text and other attributes', () => {
    const out = indexHtml(page);
    expect(out).toContain('<h2 id="一概述">');
    expect(out).toContain('<h3 class="s" id="小节">');
    expect(out).toContain('<a class="fig" href="#f">15人</a>');
    expect(out).toContain('<li data-id="keep">1月9日 开馆</li>');
    expect(out).toContain('<div data-id="x">');
    expect(out).toContain('<header>站名</header>');
    expect(out.replace(/<[^>]*>/g, '')).toBe(page.replace(/<[^>]*>/g, ''));
  });

  it('adds filters inside the first indexed element, escaped', () => {
    const out = indexHtml(page, { scope: '广西"壮族"自治区' });
    expect(out).toContain(
      '<article class="prose" data-pagefind-body data-astro-cid-x><span data-pagefind-filter="scope:广西&quot;壮族&quot;自治区"></span><h2',
    );
  });

  it('adds nothing to a page without an indexed element', () => {
    const plain = '<html lang="zh-CN"><body><p id="a">x</p></body></html>';
    expect(indexHtml(plain, { scope: '广东省' })).toBe('<html lang="zh-CN"><body><p>x</p></body></html>');
  });
});
