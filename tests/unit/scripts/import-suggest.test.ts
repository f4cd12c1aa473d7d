/**
 * The importer's figure suggestions cover the figures a person extracted from each source report:
 * for every committed figure whose metric the patterns know, the suggestion has the same written form.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertReport } from '../../../scripts/lib/import/convert.ts';
import { suggestFigures } from '../../../scripts/lib/import/suggest-figures.ts';
import { parseSource } from '../../../src/check/frontmatter.ts';
import { SOURCES, sourceReportsDir } from '../../../scripts/import-report.ts';

const SOURCE_DIR = sourceReportsDir();

const compact = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!existsSync(SOURCE_DIR))('figure suggestions on the four source reports', () => {
  it.each(SOURCES.map((s) => [`${s.library} ${s.year}`, s] as const))('%s', (_name, src) => {
    const body = convertReport(readFileSync(join(SOURCE_DIR, src.file), 'utf8'), src.options).body;
    const suggested = new Map(suggestFigures(body).map((s) => [s.metric, s]));
    const committed = parseSource(readFileSync(`content/reports/${src.library}/${src.year}.mdx`, 'utf8')).data as {
      figures: Record<string, Record<string, unknown>>;
    };
    const missing: string[] = [];
    let covered = 0;
    for (const [group, entries] of Object.entries(committed.figures)) {
      for (const [key, v] of Object.entries(entries)) {
        const written = compact(String(typeof v === 'object' && v !== null ? (v as { value: unknown }).value : v));
        const s = suggested.get(`${group}.${key}`);
        if (s && compact(s.written) === written) covered++;
        else missing.push(`${group}.${key}=${written} (suggested ${s?.written ?? 'nothing'})`);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
    expect(covered).toBeGreaterThan(5);
  });

  it('reads a stated change with its sign', () => {
    const [s] = suggestFigures('全区总分馆全年实现文献流通量 126.38 万册次，同比增长 10.66%；');
    expect(s).toMatchObject({ metric: 'use.circulation', written: '126.38万', change: '+10.66%' });
  });
});
