import { describe, expect, it } from 'vitest';
import {
  EMBED_HARDENING_HEADERS,
  EMBED_HEADER_ONLY_DIRECTIVES,
  HARDENING_HEADERS,
  HEADER_ONLY_DIRECTIVES,
  mergePolicies,
  metaPolicies,
  parsePolicy,
  printPolicy,
} from '../../../scripts/lib/csp.ts';

describe('CSP: from per-page <meta> policies to one header', () => {
  it('parses directives and sources, ignoring empty parts and repeated directives', () => {
    const p = parsePolicy("default-src 'self';img-src 'self' data:; ; script-src 'self' 'sha256-A='; img-src *");
    expect([...p]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'sha256-A='"]],
    ]);
  });

  it('merges policies into their union, first-seen order, no duplicates', () => {
    const merged = mergePolicies([
      parsePolicy("script-src 'self' 'sha256-A='; style-src 'self'"),
      parsePolicy("script-src 'self' 'sha256-B='; style-src 'self' 'sha256-C='"),
      parsePolicy("frame-ancestors 'none'"),
    ]);
    expect(printPolicy(merged)).toBe(
      "script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-C='; frame-ancestors 'none'",
    );
  });

  it('reads the policy of a built page, HTML entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-x+y/z=&#39;"></head>`;
    expect(metaPolicies(html).map(printPolicy)).toEqual(["default-src 'self'; script-src 'self' 'sha256-x+y/z='"]);
    expect(metaPolicies('<head></head>')).toEqual([]);
  });

  it('lets other sites frame the embeds only, and keeps every other header for them', () => {
    expect(HEADER_ONLY_DIRECTIVES).toEqual(["frame-ancestors 'none'"]);
    expect(EMBED_HEADER_ONLY_DIRECTIVES).toEqual(['frame-ancestors *']);
    expect(HARDENING_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(EMBED_HARDENING_HEADERS['X-Frame-Options']).toBeUndefined();
    expect(EMBED_HARDENING_HEADERS).toEqual(
      Object.fromEntries(Object.entries(HARDENING_HEADERS).filter(([name]) => name !== 'X-Frame-Options')),
    );
    expect(Object.keys(EMBED_HARDENING_HEADERS).length).toBe(Object.keys(HARDENING_HEADERS).length - 1);
  });
});
