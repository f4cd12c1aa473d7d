/**
 * The metric catalog: the single source of truth for every metric the site knows.
 * Schemas, pages, charts, tables and downloads all read labels, units and meanings from here.
 * Metric ids (`group.key`) are a public contract: never rename one, add a new one instead.
 */

/** A metric as the catalog defines it. */
export interface Metric {
  /** Dotted public id, `group.key`. */
  readonly id: string;
  readonly group: GroupId;
  readonly key: string;
  /** Chinese label as a report would write it. */
  readonly label: string;
  readonly labelEn: string;
  /** Chinese unit as the reports write it (册, 册次, 人次, 场次, 种, 个, 人, …). */
  readonly unit: string;
  /** English unit word for many (“5,342 cards”) and for one (“1 card”). */
  readonly unitEn: string;
  readonly unitEnOne: string;
  /** One-line meaning, in Chinese. */
  readonly definition: string;
  readonly definitionEn: string;
  /** How this metric differs from look-alikes, so readers do not compare apples with pears. */
  readonly differsFrom?: readonly { readonly id: string; readonly note: string; readonly noteEn: string }[];
  /** Words that name this metric in report text; used to find the sentence that states a figure. */
  readonly keywords: readonly string[];
}

/** A group of metrics as it appears in report frontmatter (`figures.<group>.<key>`). */
export interface MetricGroup {
  readonly id: GroupId;
  readonly label: string;
  readonly labelEn: string;
}

export const GROUPS = [
  { id: 'collection', label: '馆藏与文献建设', labelEn: 'Collection' },
  { id: 'users', label: '读者注册', labelEn: 'Registered users' },
  { id: 'use', label: '到馆与流通', labelEn: 'Visits and circulation' },
  { id: 'events', label: '读者活动', labelEn: 'Events' },
  { id: 'online', label: '线上服务', labelEn: 'Online services' },
  { id: 'network', label: '服务网络', labelEn: 'Service network' },
  { id: 'staff', label: '人员', labelEn: 'Staff' },
  { id: 'volunteers', label: '志愿服务', labelEn: 'Volunteers' },
] as const satisfies readonly { id: string; label: string; labelEn: string }[];

export type GroupId = (typeof GROUPS)[number]['id'];

type MetricInput = Omit<Metric, 'id' | 'group' | 'key'>;

/** Units, spelled once. */
const U = {
  volumes: { unit: '册', unitEn: 'volumes', unitEnOne: 'volume' },
  titles: { unit: '种', unitEn: 'titles', unitEnOne: 'title' },
  loans: { unit: '册次', unitEn: 'loans', unitEnOne: 'loan' },
  visits: { unit: '人次', unitEn: 'visits', unitEnOne: 'visit' },
  persons: { unit: '人', unitEn: 'people', unitEnOne: 'person' },
  sessions: { unit: '场次', unitEn: 'events', unitEnOne: 'event' },
  shows: { unit: '场', unitEn: 'events', unitEnOne: 'event' },
  times: { unit: '次', unitEn: 'times', unitEnOne: 'time' },
  units: { unit: '个', unitEn: 'units', unitEnOne: 'unit' },
  hours: { unit: '小时', unitEn: 'hours', unitEnOne: 'hour' },
} as const;

const DEFS: Record<GroupId, Record<string, MetricInput>> = {
  collection: {
    total: {
      label: '馆藏总量',
      labelEn: 'Total collection',
      ...U.volumes,
      definition: '截至年底馆藏文献的总册数（各报告口径可能含或不含电子图书）。',
      definitionEn: 'Items held at year end (some reports include e-books).',
      keywords: ['馆藏总量', '馆藏量', '藏书总量', '馆藏'],
    },
    newVolumes: {
      label: '新增藏量（全部载体）',
      labelEn: 'New items (all media)',
      ...U.volumes,
      definition: '本年新增的全部载体文献册数（纸质、电子等合计）。',
      definitionEn: 'Items added this year, all media together.',
      differsFrom: [
        {
          id: 'collection.newPrintVolumes',
          note: '新增纸质图书只计纸质图书，本指标含全部载体。',
          noteEn: 'New print books count printed books only; this metric counts all media.',
        },
      ],
      keywords: ['新增文献', '新增藏量', '新增馆藏', '新增'],
    },
    newTitles: {
      label: '新增种数（全部载体）',
      labelEn: 'New titles (all media)',
      ...U.titles,
      definition: '本年新增的全部载体文献种数。',
      definitionEn: 'Titles added this year, all media together.',
      keywords: ['新增', '种'],
    },
    newPrintVolumes: {
      label: '新增纸质图书（册）',
      labelEn: 'New print books (volumes)',
      ...U.volumes,
      definition: '本年新增纸质图书册数。',
      definitionEn: 'Printed books added this year, in volumes.',
      differsFrom: [
        {
          id: 'collection.newVolumes',
          note: '新增藏量含电子图书等全部载体。',
          noteEn: 'New items count all media, e-books included.',
        },
      ],
      keywords: ['新增纸质图书', '纸质图书', '新购', '购置', '图书'],
    },
    newPrintTitles: {
      label: '新增纸质图书（种）',
      labelEn: 'New print books (titles)',
      ...U.titles,
      definition: '本年新增纸质图书种数。',
      definitionEn: 'Printed books added this year, in titles.',
      keywords: ['新增纸质图书', '纸质图书', '新购', '购置', '图书'],
    },
    newDigitalVolumes: {
      label: '新增电子图书',
      labelEn: 'New e-books',
      ...U.volumes,
      definition: '本年新增电子图书册数。',
      definitionEn: 'E-books added this year.',
      keywords: ['电子图书', '电子书'],
    },
    localDocsCollectedTitles: {
      label: '征集地方文献（种）',
      labelEn: 'Local documents collected (titles)',
      ...U.titles,
      definition: '本年征集入藏的地方文献种数。',
      definitionEn: 'Local-history documents collected this year, in titles.',
      keywords: ['地方文献'],
    },
    localDocsCollectedVolumes: {
      label: '征集地方文献（册）',
      labelEn: 'Local documents collected (volumes)',
      ...U.volumes,
      definition: '本年征集入藏的地方文献册数。',
      definitionEn: 'Local-history documents collected this year, in volumes.',
      keywords: ['地方文献'],
    },
  },
  users: {
    newCards: {
      label: '新办借书证',
      labelEn: 'New library cards',
      ...U.units,
      unitEn: 'cards',
      unitEnOne: 'card',
      definition: '本年新办理的借书证（读者证）数量。',
      definitionEn: 'Library cards issued this year.',
      differsFrom: [
        {
          id: 'users.newRegistered',
          note: '新增注册读者按人计，可不办实体证（如线上注册）。',
          noteEn: 'New registered users count people, who may register without a physical card (e.g. online).',
        },
      ],
      keywords: ['办证', '借书证', '读者证'],
    },
    newRegistered: {
      label: '新增注册读者',
      labelEn: 'New registered users',
      ...U.persons,
      definition: '本年新增的注册读者人数。',
      definitionEn: 'Users newly registered this year.',
      differsFrom: [
        { id: 'users.newCards', note: '新办借书证按证计。', noteEn: 'New library cards count cards issued.' },
      ],
      keywords: ['注册读者', '新增读者', '注册'],
    },
  },
  use: {
    visits: {
      label: '接待读者（进馆）',
      labelEn: 'Visits',
      ...U.visits,
      definition: '本年接待到馆读者的人次（报告写作“接待读者”或“进馆读者”）。',
      definitionEn: 'In-person visits during the year.',
      differsFrom: [
        {
          id: 'events.participants',
          note: '活动参与人次只计参加活动的读者，不等于到馆人次。',
          noteEn: 'Event participants count only people at events, not everyone who visits.',
        },
      ],
      keywords: ['接待读者', '进馆读者', '到馆读者', '进馆', '接待', '入馆'],
    },
    loans: {
      label: '外借册次',
      labelEn: 'Loans',
      ...U.loans,
      definition: '本年文献外借的册次（借出馆外）。',
      definitionEn: 'Items lent out of the library during the year.',
      differsFrom: [
        {
          id: 'use.circulation',
          note: '文献流通量通常含外借、阅览、还书等全部流通，数值大于外借册次，不可直接比较。',
          noteEn:
            'Circulation usually counts all circulation (loans, in-house reading, returns) and is larger than loans: do not compare the two directly.',
        },
      ],
      keywords: ['外借', '借阅', '借出'],
    },
    circulation: {
      label: '文献流通量',
      labelEn: 'Circulation',
      ...U.loans,
      definition: '本年文献流通总册次（外借、阅览等流通合计，口径以报告为准）。',
      definitionEn: 'Total circulation of items (loans plus in-house use, as the report counts it).',
      differsFrom: [
        {
          id: 'use.loans',
          note: '外借册次只计借出馆外的册次。',
          noteEn: 'Loans count only items taken out of the library.',
        },
      ],
      keywords: ['流通量', '流通', '文献流通'],
    },
  },
  events: {
    total: {
      label: '读者活动',
      labelEn: 'Events',
      ...U.sessions,
      definition: '本年举办的各类读者活动总场次。',
      definitionEn: 'Reader events held during the year.',
      keywords: ['活动', '场'],
    },
    lectures: {
      label: '讲座、报告会、会议',
      labelEn: 'Lectures and talks',
      ...U.sessions,
      definition: '讲座、报告会（含讲坛、学堂）及面向读者的会议场次。',
      definitionEn: 'Lectures, talks and public meetings.',
      keywords: ['讲座', '讲坛', '报告会', '学堂'],
    },
    exhibitions: {
      label: '展览',
      labelEn: 'Exhibitions',
      ...U.sessions,
      definition: '本年举办的线下展览场次。',
      definitionEn: 'On-site exhibitions held.',
      differsFrom: [
        { id: 'online.exhibitions', note: '线上展览另计。', noteEn: 'Online exhibitions are counted separately.' },
      ],
      keywords: ['展览', '展'],
    },
    outreach: {
      label: '送文化下乡、进基层',
      labelEn: 'Outreach events',
      ...U.sessions,
      definition: '下乡、进校园、进社区、进军营等馆外基层服务活动场次。',
      definitionEn: 'Events taken out to villages, schools, communities and barracks.',
      keywords: ['下乡', '进校园', '进社区', '进军营', '基层'],
    },
    training: {
      label: '培训',
      labelEn: 'Training sessions',
      ...U.sessions,
      definition: '面向读者或基层馆员的培训场次。',
      definitionEn: 'Training sessions for readers or branch staff.',
      keywords: ['培训', '训练营'],
    },
    other: {
      label: '其他活动',
      labelEn: 'Other events',
      ...U.sessions,
      definition: '未归入上述类别的读者活动场次。',
      definitionEn: 'Events in none of the other categories.',
      keywords: ['其他', '活动'],
    },
    participants: {
      label: '活动参与人次',
      labelEn: 'Event participants',
      ...U.visits,
      definition: '参与或受惠于读者活动的人次。',
      definitionEn: 'People taking part in or served by events.',
      differsFrom: [
        {
          id: 'use.visits',
          note: '到馆人次计所有进馆读者。',
          noteEn: 'Visits count everyone who comes into the library.',
        },
      ],
      keywords: ['参与', '受惠', '参加', '吸引', '人次'],
    },
  },
  online: {
    activities: {
      label: '线上活动',
      labelEn: 'Online activities',
      ...U.times,
      definition: '本年开展的线上读者活动次数。',
      definitionEn: 'Online activities held.',
      keywords: ['线上活动', '线上'],
    },
    exhibitions: {
      label: '线上展览',
      labelEn: 'Online exhibitions',
      ...U.shows,
      definition: '本年推出的线上（网络）展览场数。',
      definitionEn: 'Online exhibitions published.',
      differsFrom: [
        { id: 'events.exhibitions', note: '线下展览另计。', noteEn: 'On-site exhibitions are counted separately.' },
      ],
      keywords: ['线上展览', '网上展览', '线上展'],
    },
    livestreams: {
      label: '线上讲座直播',
      labelEn: 'Live-streamed talks',
      ...U.shows,
      definition: '以直播形式举办的线上讲座场数。',
      definitionEn: 'Talks streamed live.',
      keywords: ['直播'],
    },
    followers: {
      label: '公众号用户',
      labelEn: 'Social-media followers',
      ...U.persons,
      unitEn: 'followers',
      unitEnOne: 'follower',
      definition: '微信公众号等官方账号的关注用户数（截至年底）。',
      definitionEn: 'Followers of official social-media accounts at year end.',
      keywords: ['公众号', '关注', '粉丝', '用户'],
    },
    views: {
      label: '线上点击量',
      labelEn: 'Online views',
      ...U.visits,
      definition: '线上资源与活动的点击、浏览或观看人次。',
      definitionEn: 'Clicks, page views or viewers of online content.',
      keywords: ['点击', '浏览', '访问', '观看'],
    },
  },
  network: {
    members: {
      label: '总分馆体系成员馆',
      labelEn: 'Members of the branch system',
      ...U.units,
      unitEn: 'libraries',
      unitEnOne: 'library',
      definition: '总分馆体系内的成员馆总数。',
      definitionEn: 'Libraries in the central-and-branch system.',
      keywords: ['总分馆', '成员馆'],
    },
    branches: {
      label: '分馆',
      labelEn: 'Branches',
      ...U.units,
      unitEn: 'branches',
      unitEnOne: 'branch',
      definition: '本馆建设或管理的分馆数量。',
      definitionEn: 'Branch libraries.',
      keywords: ['分馆'],
    },
    servicePoints: {
      label: '服务点',
      labelEn: 'Service points',
      ...U.units,
      unitEn: 'service points',
      unitEnOne: 'service point',
      definition: '馆外流通点、服务点数量。',
      definitionEn: 'Service and circulation points outside the library.',
      keywords: ['服务点', '流通点', '网点'],
    },
    readingStations: {
      label: '读书驿站',
      labelEn: 'Reading stations',
      ...U.units,
      unitEn: 'stations',
      unitEnOne: 'station',
      definition: '读书驿站、智慧书房等自助阅读空间数量。',
      definitionEn: 'Self-service reading stations and smart reading rooms.',
      keywords: ['读书驿站', '书房', '驿站'],
    },
  },
  staff: {
    authorized: {
      label: '核定编制',
      labelEn: 'Authorised posts',
      ...U.persons,
      definition: '编制部门核定的编制人数。',
      definitionEn: 'Posts authorised by the staffing office.',
      keywords: ['编制'],
    },
    actual: {
      label: '实际在编',
      labelEn: 'Staff in post',
      ...U.persons,
      definition: '实际在编的工作人员人数。',
      definitionEn: 'Established staff actually in post.',
      keywords: ['在编', '在职', '职工'],
    },
    professional: {
      label: '专业技术人员',
      labelEn: 'Professional staff',
      ...U.persons,
      definition: '具有专业技术岗位的人员数。',
      definitionEn: 'Staff in professional-technical posts.',
      keywords: ['专技', '专业技术'],
    },
    senior: {
      label: '高级职称',
      labelEn: 'Senior title',
      ...U.persons,
      definition: '具有高级专业技术职称的人数。',
      definitionEn: 'Staff with a senior professional title.',
      keywords: ['高级职称', '高级'],
    },
    intermediate: {
      label: '中级职称',
      labelEn: 'Intermediate title',
      ...U.persons,
      definition: '具有中级专业技术职称的人数。',
      definitionEn: 'Staff with an intermediate professional title.',
      keywords: ['中级职称', '中级'],
    },
    junior: {
      label: '初级职称',
      labelEn: 'Junior title',
      ...U.persons,
      definition: '具有初级专业技术职称的人数。',
      definitionEn: 'Staff with a junior professional title.',
      keywords: ['初级职称', '初级'],
    },
    eduCollege: {
      label: '大专学历',
      labelEn: 'College diploma',
      ...U.persons,
      definition: '最高学历为大专的人数。',
      definitionEn: 'Staff whose highest degree is a college diploma.',
      keywords: ['大专'],
    },
    eduBachelor: {
      label: '本科学历',
      labelEn: "Bachelor's degree",
      ...U.persons,
      definition: '最高学历为本科的人数。',
      definitionEn: "Staff whose highest degree is a bachelor's.",
      keywords: ['本科'],
    },
    eduPostgrad: {
      label: '研究生学历',
      labelEn: 'Postgraduate degree',
      ...U.persons,
      definition: '最高学历为研究生的人数。',
      definitionEn: 'Staff with a postgraduate degree.',
      keywords: ['研究生'],
    },
  },
  volunteers: {
    recruited: {
      label: '新招募志愿者',
      labelEn: 'Volunteers recruited',
      ...U.persons,
      definition: '本年新招募（注册）的志愿者人数。',
      definitionEn: 'Volunteers recruited this year.',
      keywords: ['志愿者', '招募'],
    },
    activities: {
      label: '志愿服务活动',
      labelEn: 'Volunteer activities',
      ...U.shows,
      definition: '本年组织的志愿服务活动场数。',
      definitionEn: 'Volunteer service activities organised.',
      keywords: ['志愿服务', '志愿'],
    },
    hours: {
      label: '志愿服务时长',
      labelEn: 'Volunteer hours',
      ...U.hours,
      definition: '志愿者本年累计服务小时数。',
      definitionEn: 'Total hours served by volunteers.',
      keywords: ['时长', '小时', '志愿'],
    },
  },
};

/** Every metric, in catalog order (group order, then key order as declared). */
export const METRICS: readonly Metric[] = GROUPS.flatMap((g) =>
  Object.entries(DEFS[g.id]).map(([key, m]) => ({ ...m, id: `${g.id}.${key}`, group: g.id, key })),
);

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

/** The metric with this dotted id, or undefined. */
export function getMetric(id: string): Metric | undefined {
  return BY_ID.get(id);
}

/** The metric with this dotted id; throws when the id is not in the catalog (a programming error). */
export function metric(id: string): Metric {
  const m = BY_ID.get(id);
  if (!m) throw new Error(`Unknown metric id "${id}"`);
  return m;
}

/** Keys of one group, in catalog order. */
export function groupKeys(group: GroupId): string[] {
  return Object.keys(DEFS[group]);
}

/** True when `group` names a catalog group. */
export function isGroupId(group: string): group is GroupId {
  return GROUPS.some((g) => g.id === group);
}
