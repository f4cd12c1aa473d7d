/**
 * Suggest figures an importer recognises in report text ("馆藏总量共364565册" → collection.total), each
 * with the sentence it came from, for a person to confirm. Suggestions are never written as live
 * frontmatter: the import script prints them as commented-out lines. Pure.
 */
import { metric } from '../../../src/lib/model/catalog.ts';
import { parseFigure } from '../../../src/lib/model/parse-figure.ts';
import { splitSentences } from '../../../src/lib/model/sentences.ts';

/** A number as reports write it, qualifier included (`约20万`, `42万多`, `3.5万余`, `126.38 万`, `七千多`). */
const NUM = String.raw`(?:约|近|将近|超过|逾|不少于|不低于)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*(?:万|千)?(?:\d+千)?\s*(?:多|余|左右|以上)?`;

/** Phrases that state a catalog metric; `N` marks the number. Ordered by metric, most specific first. */
const PATTERNS: Record<string, readonly string[]> = {
  'collection.total': ['(?:馆藏总量|藏书总量|馆藏量)[^。；，,]{0,6}?N\\s*万?册'],
  'collection.newVolumes': ['新增文献\\s*N\\s*万?册', '新购置各类图书N\\s*种\\s*N\\s*册'],
  'collection.newTitles': ['新购置各类图书N\\s*种'],
  'collection.newPrintTitles': ['新增纸质图书N\\s*种'],
  'collection.newPrintVolumes': ['新增纸质图书(?:N\\s*种[，,]?)?N\\s*册', '纸质版图书N\\s*册'],
  'collection.newDigitalVolumes': ['(?:新增|新购)?电子版?图书N\\s*册'],
  'collection.localDocsCollectedTitles': ['地方文献(?:资源)?N\\s*种'],
  'collection.localDocsCollectedVolumes': ['地方文献(?:资源)?N\\s*种[，,]\\s*N\\s*册'],
  'users.newCards': ['新办(?:借书证|读者证)N\\s*个'],
  'users.newRegistered': ['新增注册读者\\s*N\\s*万?人'],
  'use.visits': ['(?:接待读者|进馆读者|到馆读者)N\\s*万?人'],
  'use.loans': ['外借(?:图书|文献)?N\\s*万?册次'],
  'use.circulation': ['文献流通量\\s*N\\s*万?册次'],
  'events.total': ['读者活动共N\\s*场', '共举办活动N\\s*场'],
  'events.lectures': ['报告会N\\s*场'],
  'events.exhibitions': ['展览N\\s*(?:场|期)'],
  'events.outreach': ['进军营N\\s*场'],
  'events.training': ['(?:公益|各类)培训N\\s*(?:场|期)'],
  'events.other': ['其他N\\s*场', '各种图书活动N\\s*期'],
  'events.participants': ['(?:受惠读者|参与人数)N\\s*万?人次'],
  'online.activities': ['线上阅读推广活动N\\s*场', '等活动N\\s*次'],
  'online.exhibitions': ['线上展览N\\s*场'],
  'online.livestreams': ['直播N\\s*场'],
  'online.followers': ['(?:公众平台|公众号)注册用户已达N\\s*人'],
  'online.views': ['点击量达到N\\s*人次'],
  'network.members': ['成员馆(?:发展至|共)?N\\s*个'],
  'network.branches': ['分馆N\\s*个'],
  'network.servicePoints': ['服务点N\\s*个'],
  'network.readingStations': ['读书驿站N\\s*个'],
  'staff.authorized': ['核定(?:实名)?编制N\\s*人'],
  'staff.actual': ['实际在编N\\s*人'],
  'staff.professional': ['专技人员N\\s*人', '专业技术人员N\\s*人'],
  'staff.senior': ['高级职称N\\s*人'],
  'staff.intermediate': ['中级职称N\\s*人'],
  'staff.junior': ['初级职称N\\s*人'],
  'staff.eduCollege': ['大专(?:学历)?N\\s*人'],
  'staff.eduBachelor': ['本科(?:学历)?N\\s*人'],
  'staff.eduPostgrad': ['研究生(?:学历)?N\\s*人'],
  'volunteers.recruited': ['新招募志愿者(?:共)?N\\s*[名人]'],
  'volunteers.activities': ['志愿服务活动(?:累计)?N\\s*场'],
  'volunteers.hours': ['服务时长为?N\\s*小时'],
};

const CHANGE = /^[^。；]{0,12}?同比(增长|下降|减少)\s*(\d+(?:\.\d+)?)\s*%/;

/** One suggested figure. */
export interface FigureSuggestion {
  readonly metric: string;
  /** As the report writes it, whitespace removed (`126.38万`). */
  readonly written: string;
  /** `+10.66%` when the same clause states a year-over-year change. */
  readonly change?: string;
  readonly sentence: string;
  /** 1-based line in the body. */
  readonly line: number;
}

const compiled = Object.entries(PATTERNS).map(([id, list]) => ({
  id,
  res: list.map((p) => new RegExp(p.replaceAll('N', `(${NUM})`), 'g')),
}));

/** Every catalog figure the patterns recognise in `body`, first occurrence per metric, in catalog order. */
export function suggestFigures(body: string): FigureSuggestion[] {
  const out: FigureSuggestion[] = [];
  for (const { id, res } of compiled) {
    const unit = metric(id).unit;
    search: for (const s of splitSentences(body)) {
      for (const re of res) {
        for (const m of s.text.matchAll(re)) {
          const written = (m[m.length - 1] ?? '').replace(/\s+/g, '');
          try {
            parseFigure(written, { unit });
          } catch {
            continue;
          }
          const after = CHANGE.exec(s.text.slice((m.index ?? 0) + m[0].length));
          const change = after ? `${after[1] === '增长' ? '+' : '-'}${after[2]}%` : undefined;
          out.push({ metric: id, written, sentence: s.text, line: s.line, ...(change ? { change } : {}) });
          break search;
        }
      }
    }
  }
  return out;
}

/** The suggestions as commented-out YAML lines under `figures:`, grouped, each with its sentence. */
export function suggestionsAsYamlComments(suggestions: readonly FigureSuggestion[]): string {
  const lines = ['  # 以下是导入时在正文中识别出的数字，仅供参考：逐条与原文核对，确认后删掉行首的 # 号。'];
  let group = '';
  for (const s of suggestions) {
    const m = metric(s.metric);
    if (m.group !== group) {
      group = m.group;
      lines.push(`  # ${group}:`);
    }
    const value = /^\d+$/.test(s.written) ? s.written : `"${s.written}"`;
    const v = s.change ? `{ value: ${value}, change: "${s.change}" }` : value;
    lines.push(`  #   ${m.key}: ${v}    # ${m.label}｜第${s.line}行：${s.sentence.slice(0, 60)}`);
  }
  return lines.join('\n');
}
