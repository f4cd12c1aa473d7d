/**
 * The text of the about page (关于 / 方法), one object per language of one shape, so a paragraph missing
 * from either language is a type error. A paragraph is a list of pieces: text, or a link to a site path
 * (`/metrics/`, put in the page's language and under the base by the page).
 */
import type { Locale } from './locales.ts';

/** Text, or a link to a site path (Chinese form; the page adds the language prefix and base). */
export type Piece = string | { readonly link: string; readonly text: string };
export type Paragraph = readonly Piece[];

export interface AboutStrings {
  readonly title: string;
  readonly description: string;
  readonly lead: (libraries: number, reports: number, figures: number) => string;
  readonly who: Paragraph;
  readonly contents: string;
  readonly method: { readonly heading: string; readonly points: readonly (readonly [string, Paragraph])[] };
  readonly licence: {
    readonly heading: string;
    /** The compiled data's licence: before the licence link, after it. */
    readonly data: readonly [string, string];
    readonly texts: Paragraph;
  };
  readonly cite: {
    readonly heading: string;
    readonly how: Paragraph;
    /** The heading of the whole site's citation line. */
    readonly site: string;
    readonly downloads: Paragraph;
  };
  readonly corrections: {
    readonly heading: string;
    /** With a contact: before the contact link, after it. */
    readonly write: readonly [string, string];
    /** Without a contact: the libraries follow. */
    readonly noContact: string;
    readonly whatToSay: string;
    readonly staff: Paragraph;
  };
  readonly updated: {
    readonly heading: string;
    readonly text: (date: string) => string;
    readonly how: string;
    readonly unknown: string;
  };
}

const zh: AboutStrings = {
  title: '关于本站与方法',
  description: '图书馆年鉴是什么、数字怎样从报告原文整理出来、数据许可、如何引用、如何纠错、数据更新日期。',
  lead: (l, r, f) =>
    `图书馆年鉴把公共图书馆公开发布的年度工作总结整理成可比较、可追溯的统计数据。目前收录 ${l} 家图书馆的 ${r} 份报告，共 ${f} 个数字。`,
  who: [
    '本站的数字、分类和说明由图书馆年鉴的编者根据报告原文整理，不是各图书馆的官方统计；报告原文属于发布它的图书馆。每个数字都链接到陈述它的原句，读者可以自己核对。',
  ],
  contents: '本页目录',
  method: {
    heading: '方法',
    points: [
      [
        '数字来自原文。',
        [
          '每个数字照报告原文录入：原文的写法、单位和限定词都保留，不换算、不取整、不补全。报告没有写的，就是“报告没有这一项”，不填 0，也不估计。点一下数字，就能看到陈述它的原句。',
        ],
      ],
      [
        '限定词保留。',
        [
          '原文写“约”“余”“多”“近”“以上”的，本站照录，并在数字旁标明（如“约 20万”“42万多”），比较时也不去掉；原文不是全年的数字标“非全年”，并写明时段。原文前后矛盾的，照录并标“原文不一致”。',
        ],
      ],
      [
        '口径随数字走。',
        [
          '同一个指标，各馆统计的范围可能不同：只算本馆，还是含分馆、服务点的总分馆体系，或是全区（县、市）所有公共图书馆的合计。范围、定义和时段写在数字旁边；每个指标的定义和易混淆的指标见',
          { link: '/metrics/', text: '指标说明' },
          '。口径不同的数字不当作同类排名。',
        ],
      ],
      [
        '派生指标。',
        [
          '有些数字不是报告写的，而是本站用报告中的数字算出来的，例如人均数（报告数字 ÷ 服务人口，人口取第七次全国人口普查公报的常住人口，注明出处）或占比。派生指标总是给出公式和所用的原文数字；输入是约数的，结果也是约数；缺少输入的就不算，写明原因。',
        ],
      ],
      [
        '荣誉按原文措辞分类。',
        [
          '报告写到的荣誉分为荣誉称号、奖项、入选/示范、案例/交流和其他。“国家级荣誉”等数目只计荣誉称号、奖项和入选，在会议上分享的案例不计入。见',
          { link: '/awards/', text: '荣誉与奖项' },
          '。',
        ],
      ],
      ['大事记照录。', ['大事记每条照原文，日期只写到原文写明的精度（某日、某月或某年）；活动类别由关键词自动归类。']],
    ],
  },
  licence: {
    heading: '数据许可',
    data: [
      '本站整理的数据——数字、限定词、口径说明、出处原句、大事记条目、荣誉列表，以及开放数据中的全部文件——以 ',
      ' 许可发布：可以复制、改编和再发布，请遵守许可条件，注明“图书馆年鉴”并附页面网址。',
    ],
    texts: [
      '年度报告原文的著作权属于发布报告的各图书馆。本站转载全文是为了让每个数字都能核对出处；每个报告页面注明馆名和报告原标题。转载报告原文，请联系发布它的图书馆。',
    ],
  },
  cite: {
    heading: '如何引用',
    how: [
      '比较页、各馆页面和报告页面的末尾都有一行现成的引用格式（站名、页面标题、数据更新日期、网址），复制后加上访问日期即可。',
    ],
    site: '引用全站',
    downloads: ['使用下载的数据时，请引用', { link: '/data/', text: '开放数据' }, '页，写明文件名和下载日期。'],
  },
  corrections: {
    heading: '纠错',
    write: ['发现数字与原文不符、录入有误或口径标错，请写信到 ', '。'],
    noContact: '本站未设置纠错联系方式。数字有误，请联系发布报告的图书馆：',
    whatToSay: '来信请写明页面网址、哪个数字、报告原文怎么写，便于核对原文后更正。',
    staff: [
      '图书馆工作人员发现本馆报告的数字有误，也可以直接提供更正后的报告文件（写法见',
      { link: '/metrics/', text: '指标说明' },
      '）。',
    ],
  },
  updated: {
    heading: '数据更新',
    text: (d) => `数据最近更新于 ${d}。`,
    how: '这是报告文件最后一次修改的日期；各报告的年度和落款日期见各报告页面。',
    unknown: '本次生成的网站没有记录数据更新日期。',
  },
};

const en: AboutStrings = {
  title: 'About and method',
  description:
    'What Library Yearbook is, how its figures are taken from the report texts, the data licence, how to cite it, how to ask for a correction, and when the data was last updated.',
  lead: (l, r, f) =>
    `Library Yearbook turns the annual work reports that Chinese public libraries publish into comparable statistics, each traced to its sentence. It holds ${r} ${r === 1 ? 'report' : 'reports'} of ${l} ${l === 1 ? 'library' : 'libraries'}, with ${f} ${f === 1 ? 'figure' : 'figures'}.`,
  who: [
    "The figures, classifications and notes are compiled by the Library Yearbook editors from the report texts; they are not the libraries' official statistics. Each report belongs to the library that published it. Every figure links to the sentence that states it, so readers can check it themselves.",
  ],
  contents: 'On this page',
  method: {
    heading: 'Method',
    points: [
      [
        'Figures come from the text.',
        [
          'Each figure is entered as the report writes it: its wording, unit and qualifier are kept, nothing is converted, rounded or filled in. What a report does not state is shown as not reported — never as 0 and never estimated. Each figure links to the sentence that states it.',
        ],
      ],
      [
        'Qualifiers are kept.',
        [
          'Where the report writes 约 (about), 余 or 多 (more than), 近 (nearly) or 以上 (at least), the site keeps it and shows it beside the number, in comparisons too. A figure for part of a year is marked part-year with its period; a contradiction in the source is kept and marked.',
        ],
      ],
      [
        'Scope travels with the figure.',
        [
          "The same metric can cover different things: the library alone, the library with its branches and service points, or every public library of the district. Scope, definition and period are shown next to the figure; each metric's definition and its look-alikes are on the ",
          { link: '/metrics/', text: 'metrics page' },
          '. Figures of different scope are not ranked as if alike.',
        ],
      ],
      [
        'Derived indicators.',
        [
          "Some numbers are not in the reports but computed by the site from figures that are, such as per-capita values (a figure divided by the service population, from the 2020 census communiqués, with the source named) or shares. A derived indicator always shows its formula and the report's figures it uses; if an input is approximate, so is the result; if an input is missing, the indicator is not computed and the page says why.",
        ],
      ],
      [
        'Honours are classified by their wording.',
        [
          'Awards a report mentions are sorted into honorary titles, prizes, selections / demonstration sites, cases presented, and other. Counts of honours (national honours, for instance) count titles, prizes and selections only, not cases shared at a meeting. See ',
          { link: '/awards/', text: 'Awards and honours' },
          '.',
        ],
      ],
      [
        'Chronicles are kept as written.',
        [
          'Each chronicle (大事记) entry is kept as the report writes it, its date only as precise as the report (day, month or year); activity categories are assigned by keywords.',
        ],
      ],
    ],
  },
  licence: {
    heading: 'Data licence',
    data: [
      'The data compiled here — figures, qualifiers, scope notes, source sentences, chronicle entries, the awards list and every file of the open data — is published under ',
      ": you may copy, adapt and republish it under the licence's terms, naming Library Yearbook and linking to the page.",
    ],
    texts: [
      'The report texts remain the copyright of the libraries that published them. The site reproduces them so that every figure can be checked against its source; each report page names its library and the report’s original title. To republish a report text, ask the library that published it.',
    ],
  },
  cite: {
    heading: 'How to cite',
    how: [
      'Compare, library and report pages end with a ready citation line (site, page title, date of the data, URL); copy it and add the date you read the page.',
    ],
    site: 'Citing the whole site',
    downloads: [
      'When you use downloaded data, cite the ',
      { link: '/data/', text: 'Open data' },
      ' page with the file name and the date of download.',
    ],
  },
  corrections: {
    heading: 'Corrections',
    write: [
      'If a figure differs from the report, was entered wrongly or carries the wrong scope, please write to ',
      '.',
    ],
    noContact: 'This deployment has no correction contact. Please write to the library that published the report:',
    whatToSay:
      'Please give the page address, the figure, and what the report text says, so that it can be checked against the text and corrected.',
    staff: [
      "Library staff who find a wrong figure in their library's report can also send a corrected report file (the fields are explained on the ",
      { link: '/metrics/', text: 'metrics page' },
      ').',
    ],
  },
  updated: {
    heading: 'Last updated',
    text: (d) => `The data was last updated on ${d}.`,
    how: 'This is the date the report files last changed; each report page gives the report’s year and date.',
    unknown: 'This build of the site did not record when the data was last updated.',
  },
};

/** The about page's text in each language. */
export const ABOUT: Readonly<Record<Locale, AboutStrings>> = { zh, en };
