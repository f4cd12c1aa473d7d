/**
 * The build reuses the content check's figure sentences and events (src/check/shared-results.ts); they must
 * equal what the pages computed themselves before: same rows, same events, for every real report.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { extractEvents } from '../../../src/lib/chronicle/events.ts';
import { bodyDigest, sharedReport, shareChecked } from '../../../src/check/shared-results.ts';
import { figureRows } from '../../../src/lib/model/figure-rows.ts';
import { loadContent } from '../../../src/check/load-content.ts';

const result = checkContent(loadContent(join(process.cwd(), 'content')));

describe('checked reports shared with the build', () => {
  afterEach(() => shareChecked(undefined));

  it('give the same figure rows and events as computing them from the body', () => {
    expect(result.reports.length).toBeGreaterThanOrEqual(4);
    shareChecked(result.reports);
    for (const r of result.reports) {
      const shared = sharedReport(r.data.library, r.data.year, r.body);
      expect(shared).toBeDefined();
      const report = {
        library: r.data.library,
        libraryName: '馆',
        year: r.data.year,
        figures: r.data.figures,
        body: r.body,
      };
      expect(figureRows(report, shared?.found)).toEqual(figureRows(report));
      expect(shared?.events).toEqual(extractEvents(r.body, { library: r.data.library, year: r.data.year }).events);
    }
  });

  it('are not used for a body that differs from the one checked', () => {
    shareChecked(result.reports);
    const r = result.reports[0];
    expect(r && sharedReport(r.data.library, r.data.year, `${r.body}\n多一行。`)).toBeUndefined();
    expect(r && sharedReport(r.data.library, r.data.year + 100, r.body)).toBeUndefined();
    expect(bodyDigest('a')).not.toBe(bodyDigest('b'));
  });

  it('are cleared by shareChecked(undefined)', () => {
    shareChecked(result.reports);
    shareChecked(undefined);
    const r = result.reports[0];
    expect(r && sharedReport(r.data.library, r.data.year, r.body)).toBeUndefined();
  });
});
