/**
 * Definition labels: where a figure counts something narrower or wider than the catalog's definition of
 * its metric, a short structured label says how (仅知识竞答类, 含线上, 上半年, 原文单位：人 …). Defined once
 * here; the figure schema validates the ids authors write, and badges, charts, tables and downloads show
 * the short labels. The figure's free-text `note` stays for the full explanation.
 *
 * A label reference is a string: an id (`quiz-only`) or, for a label with an argument, `id:arg`
 * (`source-unit:场`). Ids are a public contract (the `labels` column of /data/figures.*): never rename one.
 */

/** One label of the catalog. */
export interface DefinitionLabel {
  readonly id: string;
  /** Short badge text; `{arg}` is replaced by the argument. */
  readonly zh: string;
  readonly en: string;
  /** What the label means, for the data dictionary, the staff guide and badge titles. */
  readonly meaning: string;
  readonly meaningEn: string;
  /** Derived from the figure itself (its wording or period), never written by authors. */
  readonly derived?: 'wording' | 'period';
}

const LIST: readonly DefinitionLabel[] = [
  {
    id: 'includes-online',
    zh: '含线上',
    en: 'incl. online',
    meaning: '按线上、线下合计统计，含线上活动；线上部分可能另有单列的数字，不要相加',
    meaningEn: 'Counted online and on-site together; the online part may also be counted separately (do not add them)',
  },
  {
    id: 'includes-online-exhibitions',
    zh: '含线上展览',
    en: 'incl. online exhibitions',
    meaning: '展览场次含线上展览（本指标按定义只计线下）',
    meaningEn: 'Exhibitions include online ones (the metric counts on-site ones only)',
  },
  {
    id: 'quiz-only',
    zh: '仅知识竞答类',
    en: 'quizzes only',
    meaning: '只计知识竞答等线上阅读推广活动，不含线上展览、直播、推送',
    meaningEn: 'Quiz-type online reading promotions only; no exhibitions, livestreams or posts',
  },
  {
    id: 'includes-posts',
    zh: '含荐书展播等',
    en: 'incl. posts',
    meaning: '含好书推荐、故事展播等线上推送，不只是线上活动',
    meaningEn: 'Counts published items (book recommendations, broadcasts…), not only online events',
  },
  {
    id: 'multi-platform',
    zh: '多平台合计',
    en: 'several platforms',
    meaning: '网站、微博、微信、短视频等多个平台合计',
    meaningEn: 'Several platforms added together (website, Weibo, WeChat, short video…)',
  },
  {
    id: 'wechat-registered',
    zh: '微信平台注册用户',
    en: 'WeChat registered users',
    meaning: '只计微信公众平台的注册用户，不含其他平台',
    meaningEn: 'Registered users of the WeChat platform only',
  },
  {
    id: 'excludes-logistics-quota',
    zh: '不含后勤控制数',
    en: 'excl. logistics quota',
    meaning: '只计实名编制，后勤控制数另计',
    meaningEn: 'Established posts only; the logistics quota is counted separately',
  },
  {
    id: 'purchases-only',
    zh: '仅新购置',
    en: 'purchases only',
    meaning: '只计新购置的文献，不含受赠等其他来源',
    meaningEn: 'Purchased items only, not donations or other accessions',
  },
  {
    id: 'e-wall-displays',
    zh: '电子墙图片展',
    en: 'e-wall displays',
    meaning: '电子展示墙上的图片展轮次，不是布展的展览',
    meaningEn: 'Rounds of a picture show on an electronic display wall, not staged exhibitions',
  },
  {
    id: 'unsplit-activities',
    zh: '未细分图书活动',
    en: 'activities not broken down',
    meaning: '报告的“各种图书活动”总数，未分讲座、竞赛等类别，不是“其他”类',
    meaningEn: 'The report’s count of “all kinds of book activities”, not a residual “other” category',
  },
  {
    id: 'includes-institutional-branches',
    zh: '含单位分馆',
    en: 'incl. branches in institutions',
    meaning: '分馆含设在机关、企业、部队等单位的分馆，不只是乡镇分馆',
    meaningEn: 'Branches include ones in institutions, firms or army units, not only township libraries',
  },
  {
    id: 'excludes-points-stations',
    zh: '不含服务点驿站',
    en: 'excl. service points',
    meaning: '只计分馆；服务点、读书驿站另计',
    meaningEn: 'Branches proper only; service points and reading stations are counted separately',
  },
  {
    id: 'includes-central-and-stations',
    zh: '含总馆及驿站',
    en: 'incl. central library and stations',
    meaning: '成员馆数含总馆本身和自助读书驿站',
    meaningEn: 'Members include the central library itself and self-service reading stations',
  },
  {
    id: 'excludes-neighbourhood-libraries',
    zh: '不含邻里图书馆',
    en: 'excl. neighbourhood libraries',
    meaning: '只计读书驿站；邻里图书馆、阅读坊等另列',
    meaningEn: 'Reading stations only; neighbourhood libraries and reading workshops are listed apart',
  },
  {
    id: 'district-network-total',
    zh: '全区总分馆合计',
    en: 'district network total',
    meaning: '报告称“全区总分馆”的合计：总馆、分馆、服务点、驿站等全部成员馆',
    meaningEn: 'What the report calls the district-wide central-and-branch total: every member of the network',
  },
  {
    id: 'source-unit',
    zh: '原文单位：{arg}',
    en: 'source unit: {arg}',
    meaning: '原文所用的计量单位与指标单位不同（如“期”“场”“人”），数值照录，含义可能不同',
    meaningEn: 'The report counts in a different unit from the metric’s (期, 场, 人 …); the value is as written',
    derived: 'wording',
  },
  {
    id: 'first-half',
    zh: '上半年',
    en: 'first half-year',
    meaning: '只计上半年（1–6月）',
    meaningEn: 'January to June only',
    derived: 'period',
  },
  {
    id: 'second-half',
    zh: '下半年',
    en: 'second half-year',
    meaning: '只计下半年（7–12月）',
    meaningEn: 'July to December only',
    derived: 'period',
  },
  {
    id: 'part-year',
    zh: '{arg}',
    en: 'part of the year: {arg}',
    meaning: '只计一年中的一段时间',
    meaningEn: 'Part of the year only',
    derived: 'period',
  },
];

/** Every label, in catalog order. */
export const DEFINITION_LABELS: readonly DefinitionLabel[] = LIST;

const BY_ID = new Map(LIST.map((l) => [l.id, l]));

/** The label with this id (without argument), or undefined. */
export function getDefinitionLabel(id: string): DefinitionLabel | undefined {
  return BY_ID.get(id);
}

/** Labels an author may write (the derived ones are computed from wording and period). */
export const AUTHORED_LABELS: readonly DefinitionLabel[] = LIST.filter((l) => !l.derived);

/** `source-unit:场` → { id: 'source-unit', arg: '场' }. */
export function splitLabelRef(ref: string): { id: string; arg: string } {
  const at = ref.indexOf(':');
  return at < 0 ? { id: ref, arg: '' } : { id: ref.slice(0, at), arg: ref.slice(at + 1) };
}

/** The short text of a label reference, e.g. `source-unit:场` → 原文单位：场; the ref itself when unknown. */
export function labelText(ref: string, lang: 'zh' | 'en' = 'zh'): string {
  const { id, arg } = splitLabelRef(ref);
  const l = BY_ID.get(id);
  if (!l) return ref;
  return (lang === 'zh' ? l.zh : l.en).replace('{arg}', arg);
}

/** The meaning of a label reference (for a badge's title). */
export function labelMeaning(ref: string, lang: 'zh' | 'en' = 'zh'): string {
  const l = BY_ID.get(splitLabelRef(ref).id);
  return l ? (lang === 'zh' ? l.meaning : l.meaningEn) : '';
}

/**
 * An authored label as written (`quiz-only`, or its Chinese text `仅知识竞答类`) → its id; undefined
 * when it is no authored label.
 */
export function authoredLabelId(written: string): string | undefined {
  const w = written.trim();
  return AUTHORED_LABELS.find((l) => l.id === w || l.zh === w)?.id;
}

/** True when `written` names a derived label, by id (`source-unit:场`) or text (`原文单位：场`, `上半年`). */
export function isDerivedLabel(written: string): boolean {
  const w = written.trim();
  if (BY_ID.get(splitLabelRef(w).id)?.derived) return true;
  return /^原文单位[：:]/.test(w) || LIST.some((l) => l.derived === 'period' && l.zh === w);
}
