/**
 * The synthetic corpus: N libraries × Y years of reports that look like the real ones — full-length text
 * reused and shuffled from the four real reports, a 大事记 of 100–250 dated entries, every catalog metric
 * stated in the text. Pure and deterministic: the same pools, options and seed give the same files.
 */
import { stringify } from 'yaml';
import type { SourceFile } from '../../src/check/check-content.ts';
import { extractEvents } from '../../src/lib/chronicle/events.ts';
import { chronicleSection } from './chronicle.ts';
import { libraryProfile, reportFigures, type GeneratedFigure } from './corpus-figures.ts';
import { makeLibraries, personName, type LibraryIdentity } from './names.ts';
import { createRng, type Rng } from './prng.ts';
import { renameLibrary, type TextPools } from './source-text.ts';

export interface CorpusOptions {
  readonly libraries: number;
  readonly years: number;
  readonly seed: number;
  /** The last report year; the first is `lastYear - years + 1`. */
  readonly lastYear?: number;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Which groups' figures are stated in which sub-section of 主要工作完成情况. */
const SECTIONS: readonly { title: string; groups: readonly string[] }[] = [
  { title: '文献资源建设工作稳步推进', groups: ['collection'] },
  { title: '读者服务工作不断提升', groups: ['users', 'use'] },
  { title: '读者活动精彩纷呈', groups: ['events'] },
  { title: '线上服务持续拓展', groups: ['online'] },
  { title: '总分馆体系建设扎实推进', groups: ['network'] },
  { title: '志愿服务常态化开展', groups: ['volunteers'] },
];

/** Clauses joined into sentences of one to three clauses each. */
function statement(rng: Rng, clauses: readonly string[]): string {
  const out: string[] = [];
  let sentence: string[] = [];
  for (const c of clauses) {
    sentence.push(c);
    if (rng.chance(0.45)) {
      out.push(sentence.join('，') + '。');
      sentence = [];
    }
  }
  if (sentence.length) out.push(sentence.join('，') + '。');
  return out.join('');
}

/** The library's YAML file. */
export function libraryFile(lib: LibraryIdentity): SourceFile {
  const text = stringify({
    id: lib.id,
    name: lib.name,
    nameEn: lib.nameEn,
    level: lib.level,
    region: { province: lib.province, city: lib.city },
  });
  return { path: `libraries/${lib.id}.yaml`, text };
}

/** The frontmatter `figures:` object: bare values where possible, the object form when more is said. */
function figuresYaml(figures: readonly GeneratedFigure[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of figures) {
    const [group = '', key = ''] = f.id.split('.');
    const extra = {
      ...(f.period ? { period: f.period } : {}),
      ...(f.change ? { change: f.change } : {}),
      ...(f.discrepancy ? { discrepancy: f.discrepancy } : {}),
      ...(f.scope ? { scope: f.scope } : {}),
    };
    (out[group] ??= {})[key] = Object.keys(extra).length ? { value: f.written, ...extra } : f.written;
  }
  return out;
}

/** One report file. `index` counts the library's reports from 0 (drives the growth of its figures). */
export function reportFile(
  pools: TextPools,
  lib: LibraryIdentity,
  year: number,
  index: number,
  seed: number,
): SourceFile {
  const rng = createRng(seed).fork(`${lib.id}/${year}`);
  const profile = libraryProfile(createRng(seed).fork(`${lib.id}/profile`), lib.scale);
  const figures = reportFigures(rng.fork('figures'), profile, index, year);
  const text = (s: string): string => renameLibrary(s, pools, lib.name);
  const byGroup = (g: string): string[] => figures.filter((f) => f.id.startsWith(`${g}.`)).map((f) => f.clause);

  // Reused text: 5,000–15,000 characters of real paragraphs, shuffled, spread over the sections.
  const paragraphs = rng.shuffle(pools.paragraphs);
  const target = rng.int(5_000, 15_000);
  // Each paragraph once: a real report does not repeat a paragraph, and the content check rejects one that does.
  const chosen = [...new Set(paragraphs.map(text))];
  for (let n = 0, i = 0; i < chosen.length; i++) {
    n += chosen[i]?.length ?? 0;
    if (n >= target) chosen.length = i + 1;
  }
  const take = (k: number): string[] => chosen.splice(0, k);
  const headings = rng.shuffle(pools.headings);

  const parts: string[] = [];
  parts.push('## 一、概　述');
  parts.push(
    `${year}年，${lib.name}认真贯彻落实上级部门的工作部署，各项工作稳步推进。` + statement(rng, byGroup('staff')),
  );
  parts.push(...take(2));
  parts.push('## 二、主要工作完成情况');
  const perSection = Math.max(1, Math.floor(chosen.length / (SECTIONS.length + 4)));
  SECTIONS.forEach((s, i) => {
    parts.push(`### （${NUMERALS[i]}）${s.title}`);
    const paras = take(perSection);
    const at = rng.int(0, paras.length);
    paras.splice(at, 0, statement(rng, s.groups.flatMap(byGroup)));
    parts.push(...paras);
  });
  parts.push('## 三、工作亮点');
  const highlights = rng.int(2, 4);
  const awards: { title: string; kind: 'prize'; date: number; quote: string }[] = [];
  for (let i = 0; i < highlights; i++) {
    parts.push(`### （${NUMERALS[i]}）${text(headings[i % headings.length] ?? '开展特色服务')}`);
    if (i === 0 && pools.awards.length && rng.chance(0.6)) {
      const title = text(rng.pick(pools.awards));
      const quote = `${lib.name}荣获“${title}”`;
      awards.push({ title, kind: 'prize', date: year, quote });
      parts.push(`${year}年，${quote}。`);
    }
    parts.push(...take(Math.max(1, Math.floor(chosen.length / (highlights - i + 1)))));
  }
  parts.push(...chosen.splice(0));
  const problems = rng.shuffle(pools.problems).slice(0, rng.int(2, 3)).map(text);
  parts.push('## 四、存在的主要问题');
  problems.forEach((p, i) => {
    const [head = '', ...rest] = p.split('\n');
    parts.push(`### （${NUMERALS[i]}）${head}`, ...rest.filter((l) => l.trim()));
  });
  const plans = rng
    .shuffle(pools.plans)
    .slice(0, planCount(lib, year, seed))
    .map(text);
  parts.push(`## 五、${year + 1}年工作计划`);
  plans.forEach((p, i) => {
    const [head = '', ...rest] = p.split('\n');
    parts.push(`### （${NUMERALS[i]}）${head}`, ...rest.filter((l) => l.trim()));
  });
  const written = new Set(parts.map((p) => p.replace(/[\\\s]/g, '')));
  parts.push(
    chronicleSection(rng.fork('chronicle'), year, pools.entries.map(text), rng.int(100, 250), written).trimEnd(),
  );
  const opening = `${lib.name}认真贯彻落实上级部门的工作部署`;
  // Problems and plans are drawn from other pools, which may share a paragraph with the text: keep the first.
  const seen = new Set<string>();
  const body = parts
    .filter((p) => {
      const key = p.replace(/[\\\s]/g, ''); // `3\.` in one pool is `3.` in another
      return p.startsWith('#') || key.length < 20 || (!seen.has(key) && !!seen.add(key));
    })
    .join('\n\n');
  const planReview =
    index === 0
      ? []
      : planReviewFor(rng.fork('plan-review'), planCount(lib, year - 1, seed), body, lib.id, year, opening);

  const leaders = ['馆长', '副馆长', '副馆长', '书记'].slice(0, rng.int(2, 4)).map((role) => ({
    body: role === '书记' ? '党组织' : '行政领导',
    name: personName(rng),
    gender: rng.pick(['男', '女'] as const),
    role,
    term: `${year - rng.int(0, 8)}年${rng.int(1, 12)}月-`,
  }));
  const frontmatter = {
    library: lib.id,
    year,
    title: `${lib.name}${year}年工作总结`,
    published: `${year}-12-${String(rng.int(20, 31)).padStart(2, '0')}`,
    source: `synthetic/${lib.id}-${year}.txt`,
    conversion: ['合成语料：正文段落取自真实报告并重新排列（基准测试用，不是真实报告）'],
    figures: figuresYaml(figures),
    leadership: leaders,
    ...(awards.length ? { awards } : {}),
    problems,
    plans: plans.map((p, i) => ({ id: `plan-${i + 1}`, text: p })),
    ...(planReview.length ? { planReview } : {}),
  };
  return {
    path: `reports/${lib.id}/${year}.mdx`,
    text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`,
  };
}

/** How many plan items a report has: its own stream, so the next year's review knows the ids. */
function planCount(lib: LibraryIdentity, year: number, seed: number): number {
  return createRng(seed).fork(`${lib.id}/${year}/plans`).int(3, 5);
}

/** The editor's review of last year's plan items: done (a 大事记 event), partly (a sentence), or no evidence. */
function planReviewFor(rng: Rng, count: number, body: string, library: string, year: number, quote: string): unknown[] {
  const events = extractEvents(body, { library, year }).events;
  return Array.from({ length: count }, (_, i) => {
    const plan = `plan-${i + 1}`;
    const roll = rng.next();
    if (roll < 0.5 && events.length) return { plan, status: 'done', evidence: [{ event: rng.pick(events).id }] };
    if (roll < 0.8) return { plan, status: 'partly', evidence: [{ quote }], note: '合成语料：据正文概述判断' };
    return { plan, status: 'no-evidence' };
  });
}

/** Every file of the corpus, libraries first; a generator so large corpora need not sit in memory. */
export function* corpusFiles(pools: TextPools, options: CorpusOptions): Generator<SourceFile> {
  const lastYear = options.lastYear ?? 2023;
  const libs = makeLibraries(createRng(options.seed).fork('libraries'), options.libraries);
  for (const lib of libs) yield libraryFile(lib);
  for (const lib of libs) {
    for (let i = 0; i < options.years; i++)
      yield reportFile(pools, lib, lastYear - options.years + 1 + i, i, options.seed);
  }
}
