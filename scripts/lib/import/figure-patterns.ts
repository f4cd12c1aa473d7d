/**
 * The phrases that state each catalog metric in a report, for the importer's suggestions
 * (suggest-figures.ts). `N` stands for a number as reports write it, `G` for a short gap between a
 * keyword and its number (a few characters without punctuation or digits, or one parenthesis:
 * `文献流通总量（含外借、馆内阅览）128 万余册次`). A pattern may ask that the sentence before the number
 * contains a word (`needs`: new e-books are 电子图书 after 新增/采购) or does not (`not`: 电子图书 after
 * 馆藏总量 is stock, 讲座 after 直播 is online). The value is the last `N` of a match.
 *
 * Written from the vocabulary of library annual reports — synonyms (藏书/馆藏/文献总藏量, 在编职工/实有在编
 * 人员, 成员馆/成员单位), units (人/名, 场/场次/期), list layouts — not from one text: a report the tests
 * never saw is scored in the commit that widened them.
 */

/** `PERSON` in a pattern: the units staff counts are written in. */
export const PERSON = '[人名位]';

/** One way a report states a metric. */
export interface FigurePattern {
  readonly re: string;
  /** The sentence up to the number must contain this. */
  readonly needs?: RegExp;
  /** The sentence up to the number must not contain this. */
  readonly not?: RegExp;
  /**
   * Of the two, the one said last before the number decides: `[NEW, STOCK]` rejects 电子图书3.28万册 after
   * 馆藏总量…其中, accepts it after 结合馆藏结构…新购置各类图书…其中.
   */
  readonly recent?: readonly [yes: RegExp, no: RegExp];
}

const NEW = /新增|新购|采购|购买|购进|购置|新入藏|入藏/;
const STOCK = /馆藏|总藏量|藏量|总量|现有|累计拥有/;

/** Metric id → its phrases, most specific first. */
export const PATTERNS: Readonly<Record<string, readonly (string | FigurePattern)[]>> = {
  'collection.total': [
    '(?:馆藏总量|藏书总量|馆藏量|总藏量|文献总量|馆藏文献总量|馆藏总数|藏书量)G(?:达到|达|为|共|已达|计)?\\s*N\\s*万?册',
  ],
  'collection.newVolumes': [
    '新增文献\\s*N\\s*万?册',
    '新购置各类图书N\\s*种\\s*N\\s*册',
    '新增(?:各类|各种)(?:文献|图书|馆藏|书刊)(?:资源)?GN\\s*万?册',
    '(?:新增|入藏)(?:馆藏|藏书|藏量)GN\\s*万?册',
  ],
  'collection.newTitles': ['新购置各类图书N\\s*种'],
  'collection.newPrintTitles': [
    '新增纸质图书N\\s*种',
    '(?:新购|新增|采购|购置|购进|入藏)置?(?:纸质|中文)(?:版)?图书GN\\s*万?种',
  ],
  'collection.newPrintVolumes': [
    '新增纸质图书(?:N\\s*种[，,]?)?N\\s*册',
    '纸质版图书N\\s*册',
    '(?:新购|新增|采购|购置|购进|入藏)置?(?:纸质|中文)(?:版)?图书G(?:N\\s*万?种[，,、]?\\s*)?N\\s*万?册',
  ],
  'collection.newDigitalVolumes': [
    { re: '(?:新增|新购)?电子版?图书N\\s*册', recent: [NEW, STOCK] },
    { re: '电子(?:版)?(?:图)?书(?:数据库)?GN\\s*万?册', needs: NEW, recent: [NEW, STOCK] },
  ],
  'collection.localDocsCollectedTitles': ['地方文献(?:资源)?GN\\s*种'],
  'collection.localDocsCollectedVolumes': ['地方文献(?:资源)?GN\\s*种[，,、]?\\s*N\\s*册'],
  'users.newCards': [
    '新办(?:借书证|读者证)N\\s*个',
    '(?:新办|办理|新增|发放|办)G(?:借书证|读者证|借阅证|阅读证|读者卡|借书卡)\\s*N\\s*(?:个|张)',
  ],
  'users.newRegistered': ['新增注册读者\\s*N\\s*万?人', '新(?:增|注册)(?:注册)?(?:读者|用户)\\s*N\\s*万?人(?!次)'],
  'use.visits': [
    '(?:接待读者|进馆读者|到馆读者)N\\s*万?人',
    '(?:接待|到馆|进馆)(?:到馆|进馆)?(?:读者|人数|群众)(?:达|共|约)?GN\\s*万?人次',
  ],
  'use.loans': ['外借(?:图书|文献)?N\\s*万?册次', '外借(?:图书|文献|书刊)(?:达|共)?\\s*N\\s*万?册'],
  'use.circulation': [
    '文献流通量\\s*N\\s*万?册次',
    '(?:文献|图书|书刊)流通(?:总量|量|总数)?G(?:达|共|为)?\\s*N\\s*万?册',
  ],
  'events.total': [
    '读者活动共N\\s*场',
    '共举办活动N\\s*场',
    {
      re: '(?:举办|开展|组织)(?:各类|各种)G(?:读者|阅读推广|读书)?活动(?:共|合计)?\\s*N\\s*(?:场次|场|次|期)',
      not: /志愿|线上活动/,
    },
    { re: '(?:阅读推广|读者)活动(?:共|合计)?\\s*N\\s*(?:场次|场)', not: /志愿|少儿|主题/ },
  ],
  'events.lectures': ['报告会N\\s*场', '(?<!直播|线上|网上|云)讲座N\\s*(?:场次|场|期|次)'],
  'events.exhibitions': ['(?<!线上|网上|云|数字)展览N\\s*(?:场|期|个)'],
  'events.outreach': [
    '进军营N\\s*场',
    '(?:进(?:校园|社区|军营|企业|乡村|基层|机关|家庭|农村)|下乡|四进)[”"]?G(?:等)?(?:[“"][^”"]{1,6}[”"])?活动\\s*N\\s*(?:场次|场|次)',
  ],
  'events.training': [
    '(?:公益|各类)培训N\\s*(?:场|期)',
    { re: '培训(?:班)?\\s*N\\s*(?:场|期)', not: /集中培训|业务培训|全员培训|轮训|参加.{0,8}培训|选派/ },
  ],
  'events.other': [
    '其他N\\s*场',
    '各种图书活动N\\s*期',
    '其[他它余][^。；，,0-9]{0,16}?活动\\s*N\\s*(?:场次|场|次|期)',
  ],
  'events.participants': [
    '(?:受惠读者|参与人数)N\\s*万?人次',
    {
      re: '(?:参与|参加|受益|受惠|吸引|服务)(?:的)?(?:读者|群众|市民|人数|人员)(?:达|共|约)?\\s*N\\s*万?人次',
      not: /少儿|观众|当天|单场|每场/,
    },
  ],
  'online.activities': [
    '线上阅读推广活动N\\s*场',
    '等活动N\\s*次',
    // 场/次 only: `线上朗诵展播活动20期` is one programme's episodes, not the year's online activities.
    { re: '(?:线上|云上|网上|云端)G活动\\s*N\\s*(?:场次|场|次)', not: /线上线下|线下线上/ },
  ],
  'online.exhibitions': ['线上展览N\\s*场', '(?:线上|网上|云|数字)展览[”"]?\\s*N\\s*(?:场|期|个)'],
  'online.livestreams': ['直播N\\s*场', '直播(?:讲座|活动|课程)?\\s*N\\s*(?:场次|场|次|期)'],
  'online.followers': [
    '(?:公众平台|公众号)注册用户已达N\\s*人',
    {
      re: '(?:关注(?:人数|用户|者|量)|粉丝(?:数|量)?|订阅(?:用户|人数))(?:已达|达到|达|为|共|合计)?\\s*N\\s*万?人',
      not: /抖音|视频号/,
    },
  ],
  'online.views': [
    '点击量达到N\\s*人次',
    '(?:点击量|访问量|阅读量|浏览量)(?:达到|达|为|共|累计)?\\s*N\\s*万?(?:人次|次)',
  ],
  'network.members': [
    '成员馆(?:发展至|共)?N\\s*个',
    '成员(?:馆|单位)(?:（点）|\\(点\\))?(?:发展至|共计|共|达|为)?\\s*N\\s*个',
  ],
  'network.branches': ['分馆N\\s*个'],
  'network.servicePoints': ['服务点N\\s*个'],
  'network.readingStations': [
    '读书驿站N\\s*个',
    '(?:读书驿站|阅读驿站|城市书房|自助图书馆|智慧书房)(?:共|达)?\\s*N\\s*(?:个|家|座|处)',
  ],
  'staff.authorized': ['核定(?:实名|事业)?编制(?:数)?(?:为)?\\s*N\\s*PERSON'],
  'staff.actual': [
    '实际在编N\\s*人',
    '(?:实际在编|实有在编|现有在编|在编)(?:人员|职工|干部职工|员工)?(?:有|共|为)?\\s*N\\s*PERSON',
  ],
  'staff.professional': [
    '专技人员N\\s*PERSON',
    '专业技术人员N\\s*PERSON',
    '(?:具有|有)专业技术职称(?:的)?(?:人员)?\\s*N\\s*PERSON',
  ],
  'staff.senior': ['高级职称N\\s*PERSON'],
  'staff.intermediate': ['中级职称N\\s*PERSON'],
  'staff.junior': ['初级职称N\\s*PERSON'],
  'staff.eduCollege': ['大专(?:学历|及以下)?N\\s*PERSON'],
  'staff.eduBachelor': ['本科(?:学历)?N\\s*PERSON'],
  'staff.eduPostgrad': ['研究生(?:学历|及以上)?N\\s*PERSON'],
  'volunteers.recruited': ['新招募志愿者(?:共)?N\\s*PERSON'],
  'volunteers.activities': ['志愿服务活动(?:累计|共)?N\\s*(?:场次|场|次)'],
  'volunteers.hours': ['服务时长(?:为|累计|共计|达|合计)?N\\s*小时'],
};
