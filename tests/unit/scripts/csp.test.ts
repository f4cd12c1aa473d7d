import { describe, expect, it } from 'vitest';
import * as csp from '../../../scripts/lib/csp.ts';

describe('CSP: from per-page <meta> policies to one header', () => {
  it('parses directives and sources, ignoring empty parts and repeated directives', () => {
    const p = csp.parsePolicy("default-src 'self';img-src 'self' data:; ; script-src 'self' 'sha256-A='; img-src *");
    expect([...p]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'sha256-A='"]],
    ]);
  });

  it('merges policies into their union, first-seen order, no duplicates', () => {
    const merged = csp.mergePolicies([
      csp.parsePolicy("script-src 'self' 'sha256-A='; style-src 'self'"),
      csp.parsePolicy("script-src 'self' 'sha256-B='; style-src 'self' 'sha256-C='"),
      csp.parsePolicy("frame-ancestors 'none'"),
    ]);
    expect(csp.printPolicy(merged)).toBe(
      "script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-C='; frame-ancestors 'none'",
    );
  });

  it('reads the policy of a built page, HTML entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-x+y/z=&#39;"></head>`;
    expect(csp.metaPolicies(html).map(csp.printPolicy)).toEqual([
      "default-src 'self'; script-src 'self' 'sha256-x+y/z='",
    ]);
    expect(csp.metaPolicies('<head></head>')).toEqual([]);
  });

  it('lets other sites frame the embeds only, and keeps every other header for them', () => {
    expect(csp.HEADER_ONLY_DIRECTIVES).toEqual(["frame-ancestors 'none'"]);
    expect(csp.EMBED_HEADER_ONLY_DIRECTIVES).toEqual(['frame-ancestors *']);
    expect(csp.HARDENING_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(csp.EMBED_HARDENING_HEADERS['X-Frame-Options']).toBeUndefined();
    expect(csp.EMBED_HARDENING_HEADERS).toEqual(
      Object.fromEntries(Object.entries(csp.HARDENING_HEADERS).filter(([name]) => name !== 'X-Frame-Options')),
    );
    expect(Object.keys(csp.EMBED_HARDENING_HEADERS).length).toBe(Object.keys(csp.HARDENING_HEADERS).length - 1);
  });
});
