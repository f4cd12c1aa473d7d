/**
 * Kinds of activity in a chronicle entry, by keyword: ONE table, read by the extractor, the timeline
 * filters, the interface strings (labels) and the tests. An entry may belong to several categories. Pure.
 */
import type { Lang } from '../model/messages.ts';

export const CATEGORY_IDS = [
  'lecture',
  'exhibition',
  'training',
  'outreach',
  'party',
  'governance',
  'award',
  'festival',
  'online',
] as const;
export type Category = (typeof CATEGORY_IDS)[number];

/** One rule: any keyword puts an entry in the category, after removing the `except` words it occurs inside. */
export interface CategoryRule {
  readonly id: Category;
  /** Chinese label shown on badges and filters. */
  readonly label: string;
  /** English label. */
  readonly labelEn: string;
  readonly keywords: readonly string[];
  /** Everyday words that contain a keyword without meaning it (开展 is not an exhibition). */
  readonly except?: readonly string[];
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
  { id: 'lecture', label: '讲座', labelEn: 'Lecture', keywords: ['讲座', '讲坛', '学堂'] },
  {
    id: 'exhibition',
    label: '展览',
    labelEn: 'Exhibition',
    keywords: ['展览', '展'],
    except: ['开展', '发展', '展开', '拓展', '进展', '展望', '展播', '展示', '施展', '展现'],
  },
  { id: 'training', label: '培训', labelEn: 'Training', keywords: ['培训', '训练营'] },
  {
    id: 'outreach',
    label: '走出馆外',
    labelEn: 'Outreach',
    keywords: ['下乡', '进校园', '进军营', '进社区', '流通点'],
  },
  { id: 'party', label: '党建', labelEn: 'Party affairs', keywords: ['党支部', '党员', '党史', '党课'] },
  {
    id: 'governance',
    label: '管理与会议',
    labelEn: 'Management and meetings',
    keywords: ['会议', '理事会', '调研', '考察', '汇报'],
    except: ['会议室'],
  },
  { id: 'award', label: '荣誉', labelEn: 'Award', keywords: ['荣获', '获', '授予'], except: ['收获', '获取', '获悉'] },
  {
    id: 'festival',
    label: '节日',
    labelEn: 'Festival',
    keywords: ['节日', '春节', '元宵', '端午', '中秋', '重阳', '三月三'],
  },
  {
    id: 'online',
    label: '线上',
    labelEn: 'Online',
    keywords: ['线上', '直播', '云'],
    except: ['郑小云', '云南', '白云', '风云', '云集'],
  },
];

/** The label of each category in each language. */
export const CATEGORY_LABELS: Readonly<Record<Lang, Readonly<Record<Category, string>>>> = {
  zh: Object.fromEntries(CATEGORY_RULES.map((r) => [r.id, r.label])) as Record<Category, string>,
  en: Object.fromEntries(CATEGORY_RULES.map((r) => [r.id, r.labelEn])) as Record<Category, string>,
};

/** Every category whose keywords occur in `text`, in table order. */
export function categorize(text: string): Category[] {
  return CATEGORY_RULES.filter((rule) => {
    const t = (rule.except ?? []).reduce((s, w) => s.split(w).join('\u0000'), text);
    return rule.keywords.some((k) => t.includes(k));
  }).map((r) => r.id);
}
