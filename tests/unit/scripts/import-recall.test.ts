/**
 * How many of a report's figures the importer recognises (recall) and how many of its suggestions are
 * right (precision), on two invented reports written for these tests (tests/fixtures/import/, answer keys
 * beside them): A, a county library's plain text with a one-cell-per-line table and a 大事记; B, a city
 * library's PDF-extracted text (page numbers, sentences broken across pages and lines), also as .docx.
 * The importer runs as staff run it: no flags, every cleanup decided from the text. A third report is
 * kept out of the tests on purpose (its recall is measured, never tuned on; see the commit history).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../../scripts/import-report.ts';
import { draftReport } from '../../../scripts/lib/import/draft.ts';
import { parseFigure } from '../../../src/lib/model/parse-figure.ts';

interface Answer {
  metric: string;
  written: string | number;
  alsoAccept?: (string | number)[];
  change?: string;
}

const DIR = 'tests/fixtures/import';
const key = (w: string | number): string => {
  const p = parseFigure(w);
  return `${p.value}|${p.qualifier}`;
};

/** Suggestions scored against an answer key, as /work/notes/importer-texts/tools/measure-recall.mts does. */
function score(raw: string, file: string, id: string, name: string) {
  const answers = JSON.parse(readFileSync(`${DIR}/${id}-2022.answers.json`, 'utf8')) as Answer[];
  const draft = draftReport({ raw, file, library: { id, name }, year: 2022 });
  const byMetric = new Map(answers.map((a) => [a.metric, a]));
  const right: string[] = [];
  const wrong: string[] = [];
  for (const s of draft.suggestions) {
    const a = byMetric.get(s.metric);
    if (a && [a.written, ...(a.alsoAccept ?? [])].some((w) => key(w) === key(s.written))) right.push(s.metric);
    else wrong.push(`${s.metric}=${s.written} «${s.sentence.slice(0, 40)}»`);
  }
  const missed = answers.filter((a) => !right.includes(a.metric)).map((a) => `${a.metric}=${a.written}`);
  return { draft, answers, right, wrong, missed, recall: right.length / answers.length };
}

const A = readFileSync(`${DIR}/qingchuan-2022.txt`, 'utf8');
const B = readFileSync(`${DIR}/linchuan-city-2022.txt`, 'utf8');

describe('figures recognised in reports the recognisers were not written for', () => {
  it.each([
    ['A qingchuan (.txt)', () => Promise.resolve(A), 'qingchuan-2022.txt', 'qingchuan', '青川县图书馆', 0.9],
    [
      'B linchuan-city (.txt)',
      () => Promise.resolve(B),
      'linchuan-city-2022.txt',
      'linchuan-city',
      '临川市图书馆',
      0.9,
    ],
    [
      'B linchuan-city (.docx)',
      () => docxToText(`${DIR}/linchuan-city-2022.docx`),
      'linchuan-city-2022.docx',
      'linchuan-city',
      '临川市图书馆',
      0.9,
    ],
  ])('%s', async (_name, read, file, id, name, least) => {
    const r = score(await read(), file, id, name);
    const report = `recall ${(100 * r.recall).toFixed(1)}% (${r.right.length}/${r.answers.length})\nwrong:\n  ${r.wrong.join('\n  ')}\nmissed:\n  ${r.missed.join('\n  ')}`;
    expect(r.recall, report).toBeGreaterThanOrEqual(least);
    // Precision: a wrong suggestion costs a person more than a missing one.
    expect(r.wrong.length / r.draft.suggestions.length, report).toBeLessThanOrEqual(0.1);
  });

  it('reads a .docx exactly as its text: the page breaks and blank lines survive, so lines are joined', async () => {
    expect(await docxToText(`${DIR}/linchuan-city-2022.docx`)).toBe(B);
  });
});
