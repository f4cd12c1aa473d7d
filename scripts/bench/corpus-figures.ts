/**
 * Figures of a synthetic report: a value for every catalog metric, written the way reports write them
 * (364565, 126.38万, 42万多, 20多万, 约20万, 20万左右, 近1.5万, 1000余, 七千多, 不少于5000, 5000以上),
 * some part-year, some with a year-over-year change, a few with an acknowledged discrepancy, and for
 * each a clause of body text that states it. Consistency rules hold unless a discrepancy note says why.
 */
import { METRICS, metric } from '../../src/lib/model/catalog.ts';
import { checkConsistency, type RuleFigure } from '../../src/lib/model/consistency.ts';
import { parseFigure } from '../../src/lib/model/parse-figure.ts';
import type { Rng } from './prng.ts';

/** One generated figure, ready for the frontmatter and the text. */
export interface GeneratedFigure {
  readonly id: string;
  /** As written: a YAML number (exact) or a string (`42万多`). */
  readonly written: number | string;
  readonly period?: string;
  readonly change?: string;
  /** Written where the sentence counts more than the library alone (the network's figures). */
  readonly scope?: 'network';
  discrepancy?: string;
  /** The clause of body text stating it. */
  readonly clause: string;
}

/** Base (city-scale) ranges of the independent metrics. */
const BASE: Record<string, readonly [number, number]> = {
  'collection.total': [400_000, 2_500_000],
  'collection.newVolumes': [20_000, 120_000],
  'collection.newDigitalVolumes': [3_000, 60_000],
  'collection.localDocsCollectedTitles': [40, 600],
  'users.newCards': [2_000, 25_000],
  'use.visits': [150_000, 1_500_000],
  'use.loans': [80_000, 900_000],
  'events.lectures': [20, 150],
  'events.exhibitions': [10, 90],
  'events.outreach': [5, 80],
  'events.training': [10, 120],
  'events.other': [5, 100],
  'events.participants': [20_000, 500_000],
  'online.activities': [20, 300],
  'online.exhibitions': [5, 80],
  'online.livestreams': [3, 60],
  'online.followers': [5_000, 300_000],
  'online.views': [50_000, 8_000_000],
  'network.members': [8, 200],
  'network.servicePoints': [10, 300],
  'network.readingStations': [1, 60],
  'staff.authorized': [25, 160],
  'volunteers.recruited': [80, 4_000],
  'volunteers.activities': [20, 600],
  'volunteers.hours': [1_500, 80_000],
};

/** A library's base values and yearly growth, drawn once so its years form a plausible series. */
export interface LibraryProfile {
  readonly base: Readonly<Record<string, number>>;
  readonly growth: number;
}

export function libraryProfile(rng: Rng, scale: number): LibraryProfile {
  const base: Record<string, number> = {};
  for (const [id, [lo, hi]] of Object.entries(BASE)) base[id] = Math.max(1, (lo + rng.next() * (hi - lo)) * scale);
  return { base, growth: 0.97 + rng.next() * 0.15 };
}

/** True values of every metric for one year (the `index`-th of the library's reports). */
function trueValues(rng: Rng, p: LibraryProfile, index: number): Record<string, number> {
  const v: Record<string, number> = {};
  const r = (lo: number, hi: number): number => lo + rng.next() * (hi - lo);
  for (const [id, b] of Object.entries(p.base)) v[id] = Math.max(1, Math.round(b * p.growth ** index * r(0.9, 1.1)));
  const at = (id: string): number => v[id] ?? 1;
  v['collection.total'] = Math.max(at('collection.total'), at('collection.newVolumes') * 8);
  v['collection.newTitles'] = Math.round(at('collection.newVolumes') * r(0.3, 0.6));
  v['collection.newPrintVolumes'] = Math.round(at('collection.newVolumes') * r(0.5, 0.95));
  v['collection.newPrintTitles'] = Math.round(at('collection.newPrintVolumes') * r(0.4, 0.8));
  v['collection.localDocsCollectedVolumes'] = Math.round(at('collection.localDocsCollectedTitles') * r(1.2, 3));
  v['users.newRegistered'] = Math.round(at('users.newCards') * r(1, 2.5));
  v['use.circulation'] = Math.round(at('use.loans') * r(1.3, 3));
  v['events.total'] = ['lectures', 'exhibitions', 'outreach', 'training', 'other'].reduce(
    (n, k) => n + at(`events.${k}`),
    0,
  );
  v['network.branches'] = Math.max(1, Math.round(at('network.members') * r(0.3, 0.9)));
  const actual = Math.max(3, at('staff.authorized') - rng.int(0, Math.floor(at('staff.authorized') * 0.15)));
  v['staff.authorized'] = Math.max(actual, at('staff.authorized'));
  v['staff.actual'] = actual;
  const professional = Math.max(1, Math.floor(actual * r(0.6, 0.9)));
  v['staff.professional'] = professional;
  split(rng, Math.floor(professional * r(0.7, 1)), ['staff.senior', 'staff.intermediate', 'staff.junior'], v);
  split(rng, Math.floor(actual * r(0.7, 1)), ['staff.eduCollege', 'staff.eduBachelor', 'staff.eduPostgrad'], v);
  return v;
}

/** Divide `total` among `ids` (each at least 0), with the middle one usually largest. */
function split(rng: Rng, total: number, ids: readonly string[], into: Record<string, number>): void {
  const w = ids.map((_, i) => (i === 1 ? 2 : 1) * (0.5 + rng.next()));
  const sum = w.reduce((a, b) => a + b, 0);
  let left = total;
  ids.forEach((id, i) => {
    const n = i === ids.length - 1 ? left : Math.floor((total * (w[i] ?? 1)) / sum);
    into[id] = n;
    left -= n;
  });
}

const CN = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九'];

/** `1263800` → `126.38万`; numbers below 10000 or not a whole number of hundreds stay Arabic. */
function wan(n: number): string {
  return n >= 10_000 && n % 100 === 0 ? `${n / 10_000}万` : String(n);
}

/** The step to round `v` to when a report writes it loosely: two significant digits, tens below 100. */
function step(v: number): number {
  return v < 100 ? 10 : 10 ** (Math.floor(Math.log10(v)) - 1);
}

/** Write `v` as a report might, choosing a qualifier; `plain` forces an exact YAML number. */
function writeValue(rng: Rng, v: number, plain: boolean): { written: number | string; bareUnit: boolean } {
  if (plain || v < 10) return { written: v, bareUnit: false };
  const s = step(v);
  const roll = rng.next();
  if (roll < 0.45) return { written: v, bareUnit: false };
  if (roll < 0.55)
    return v >= 100_000
      ? { written: wan(Math.round(v / 100) * 100), bareUnit: false }
      : { written: v, bareUnit: false };
  const down = Math.max(s, Math.floor(v / s) * s);
  const up = Math.ceil(v / s) * s;
  const near = Math.round(v / s) * s || s;
  if (roll < 0.73) {
    // more-than: 1000余, 42万多, 20多万, 3.5万余, 七千多
    if (down >= 100_000 && down % 10_000 === 0 && rng.chance(0.4))
      return { written: `${down / 10_000}多万`, bareUnit: false };
    if (down >= 1000 && down < 10_000 && down % 1000 === 0 && rng.chance(0.2))
      return { written: `${CN[down / 1000]}千多`, bareUnit: false };
    return { written: `${wan(down)}${rng.chance(0.5) ? '余' : '多'}`, bareUnit: false };
  }
  if (roll < 0.85)
    return rng.chance(0.75)
      ? { written: `约${wan(near)}`, bareUnit: false }
      : { written: `${wan(near)}左右`, bareUnit: true };
  if (roll < 0.92) return { written: `近${wan(up)}`, bareUnit: false };
  return rng.chance(0.5)
    ? { written: `不少于${wan(down)}`, bareUnit: false }
    : { written: `${wan(down)}以上`, bareUnit: true };
}

/** How each metric is stated in the text: `{w}` the written figure, `{u}` its unit. */
const CLAUSES: Record<string, string> = {
  'collection.total': '截至{Y}年底，馆藏总量共{w}{u}',
  'collection.newVolumes': '全年新增各类文献{w}{u}',
  'collection.newTitles': '新增文献{w}{u}',
  'collection.newPrintVolumes': '其中新购纸质图书{w}{u}',
  'collection.newPrintTitles': '新购纸质图书计{w}{u}',
  'collection.newDigitalVolumes': '新增电子图书{w}{u}',
  'collection.localDocsCollectedTitles': '征集地方文献{w}{u}',
  'collection.localDocsCollectedVolumes': '入藏地方文献{w}{u}',
  'users.newCards': '全年新办借书证{w}{u}',
  'users.newRegistered': '新增注册读者{w}{u}',
  'use.visits': '共接待读者{w}{u}',
  'use.loans': '外借图书{w}{u}',
  'use.circulation': '文献流通量达{w}{u}',
  'events.total': '全年举办线上线下各类读者活动共{w}{u}',
  'events.lectures': '举办讲座、报告会{w}{u}',
  'events.exhibitions': '展览{w}{u}',
  'events.outreach': '送文化下乡、进基层{w}{u}',
  'events.training': '公益培训{w}{u}',
  'events.other': '其他活动{w}{u}',
  'events.participants': '参与活动的读者{w}{u}',
  'online.activities': '开展线上阅读推广活动{w}{u}',
  'online.exhibitions': '推出线上展览{w}{u}',
  'online.livestreams': '举办线上讲座直播{w}{u}',
  'online.followers': '微信公众号关注用户达{w}{u}',
  'online.views': '线上资源点击量{w}{u}',
  'network.members': '总分馆体系成员馆达{w}{u}',
  'network.branches': '其中分馆{w}{u}',
  'network.servicePoints': '设立馆外服务点{w}{u}',
  'network.readingStations': '建成读书驿站{w}{u}',
  'staff.authorized': '核定编制{w}{u}',
  'staff.actual': '实际在编{w}{u}',
  'staff.professional': '其中专技人员{w}{u}',
  'staff.senior': '具有高级职称{w}{u}',
  'staff.intermediate': '中级职称{w}{u}',
  'staff.junior': '初级职称{w}{u}',
  'staff.eduCollege': '大专学历{w}{u}',
  'staff.eduBachelor': '本科学历{w}{u}',
  'staff.eduPostgrad': '研究生学历{w}{u}',
  'volunteers.recruited': '新招募志愿者{w}{u}',
  'volunteers.activities': '组织志愿服务活动{w}{u}',
  'volunteers.hours': '志愿服务时长累计{w}{u}',
};

const PERIODS = [
  ['截至{Y}年上半年，', '{Y}-01/{Y}-06'],
  ['{Y}年前三季度，', '{Y}-01/{Y}-09'],
  ['{Y}年下半年，', '{Y}-07/{Y}-12'],
] as const;
const CHANGEABLE = new Set([
  'use.visits',
  'use.loans',
  'use.circulation',
  'users.newCards',
  'events.participants',
  'online.views',
  'collection.total',
]);

/** Every catalog metric's figure for one report. */
export function reportFigures(rng: Rng, profile: LibraryProfile, index: number, year: number): GeneratedFigure[] {
  const v = trueValues(rng, profile, index);
  // A few reports contradict themselves, as real ones do; their figures stay exact so the check sees it.
  const conflict = rng.chance(0.06) ? rng.pick(['events', 'education'] as const) : undefined;
  if (conflict === 'events') v['events.total'] = (v['events.total'] ?? 0) + rng.int(1, 9);
  if (conflict === 'education')
    v['staff.eduBachelor'] =
      (v['staff.actual'] ?? 0) - (v['staff.eduCollege'] ?? 0) - (v['staff.eduPostgrad'] ?? 0) + rng.int(1, 3);
  const exactGroup = conflict === 'events' ? 'events.' : conflict === 'education' ? 'staff.' : '\0';
  const partYear = rng.chance(0.15);
  const Y = String(year);
  const figures = METRICS.map((m): GeneratedFigure => {
    const value = v[m.id] ?? 1;
    const exact = m.id.startsWith(exactGroup);
    const { written, bareUnit } = writeValue(rng, value, exact);
    const period = !exact && (partYear ? m.group === 'online' : rng.chance(0.02)) ? rng.pick(PERIODS) : undefined;
    const changed = CHANGEABLE.has(m.id) && rng.chance(0.2);
    const change = changed
      ? `${rng.chance(0.75) ? '+' : '-'}${(rng.int(10, 3000) / 100).toFixed(2).replace(/\.?0+$/, '')}%`
      : undefined;
    let clause = (CLAUSES[m.id] ?? `${m.label}{w}{u}`)
      .replace('{Y}', Y)
      .replace('{w}', String(written))
      .replace('{u}', bareUnit ? '' : m.unit);
    if (period) clause = period[0].replace('{Y}', Y) + clause;
    if (change) clause += `，同比${change.startsWith('+') ? '增长' : '下降'}${change.slice(1)}`;
    return {
      id: m.id,
      written,
      clause,
      ...(period ? { period: period[1].replaceAll('{Y}', Y) } : {}),
      ...(change ? { change } : {}),
      // The network's figures count the library with its branches: an editor writes so (the check asks).
      ...(m.group === 'network' ? { scope: 'network' as const } : {}),
    };
  });
  acknowledgeConflicts(figures);
  return figures;
}

/** Put a discrepancy note on the whole of every rule the figures break, worded as editors word it. */
function acknowledgeConflicts(figures: GeneratedFigure[]): void {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const parsed: Record<string, RuleFigure> = {};
  for (const f of figures) {
    const m = metric(f.id);
    const p = parseFigure(f.written, { unit: m.unit, wholeNumber: m.unit !== '小时' });
    parsed[f.id] = { value: p.value, qualifier: p.qualifier, period: f.period };
  }
  for (const v of checkConsistency(parsed)) {
    const whole = byId.get(v.rule.whole);
    if (!whole) continue;
    const parts = v.present.map((id) => `${metric(id).label.replace(/（.*）/, '')}${parsed[id]?.value}`).join('+');
    whole.discrepancy = `原文${parts}=${v.partsSum}${metric(v.rule.whole).unit}，与${metric(v.rule.whole).label}${v.wholeValue}${metric(v.rule.whole).unit}不符；照录原文，未作改动。`;
  }
}
