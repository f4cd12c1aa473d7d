/** The keyword → category table, on real 大事记 entries. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, CATEGORY_LABELS, CATEGORY_RULES, categorize } from '../../../src/lib/chronicle/categories.ts';
import { extractEvents } from '../../../src/lib/chronicle/events.ts';
import { parseSource } from '../../../src/check/frontmatter.ts';

describe('the category table', () => {
  it('has one rule, a Chinese label and an English label per category', () => {
    expect(CATEGORY_RULES.map((r) => r.id)).toEqual([...CATEGORY_IDS]);
    for (const id of CATEGORY_IDS) {
      expect(CATEGORY_LABELS.zh[id]).toMatch(/\p{Script=Han}/u);
      expect(CATEGORY_LABELS.en[id]).toMatch(/^[A-Z][a-z ]+$/);
    }
  });

  it('holds the keywords of issue 3', () => {
    const kw = Object.fromEntries(CATEGORY_RULES.map((r) => [r.id, r.keywords]));
    expect(kw).toEqual({
      lecture: ['讲座', '讲坛', '学堂'],
      exhibition: ['展览', '展'],
      training: ['培训', '训练营'],
      outreach: ['下乡', '进校园', '进军营', '进社区', '流通点'],
      party: ['党支部', '党员', '党史', '党课'],
      governance: ['会议', '理事会', '调研', '考察', '汇报'],
      award: ['荣获', '获', '授予'],
      festival: ['节日', '春节', '元宵', '端午', '中秋', '重阳', '三月三'],
      online: ['线上', '直播', '云'],
    });
  });
});

describe('categorize real entries', () => {
  it.each([
    [
      '1月5日，由北海市图书馆、北海市红十字会联合主办的珠城大讲坛--红十字应急救护知识百姓学堂(第57期)在北海市图书馆举行。',
      ['lecture'],
    ],
    ['12月4日至14日，北海市图书馆举办“我学习，我践行——社会主义核心价值观”图片展暨中国文学典故展。', ['exhibition']],
    [
      '1月13日，北海市图书馆到合浦县西场镇开展送文化下乡活动，为群众提供文化宣传咨询服务，发放文化服务宣传资料，并赠送西场镇文化体育和广播电视站一批书籍。',
      ['outreach'],
    ],
    [
      '3月23日，北海市图书馆党支部严格落实疫情期间“三会一课”制度，以“发挥党组织作用，坚决打赢疫情防控阻击战”为题，组织开展了第一季度党课教育活动。',
      ['party'],
    ],
    ['6月4日上午，北海市图书馆第一届理事会2020年第一次会议成功在市图书馆五楼会议室举行。', ['governance']],
    ['3月25日-27日，每晚20：30-21：00，北海市图书馆举办“三月三”线上直播活动。', ['festival', 'online']],
    [
      '12月21日，北海市图书馆“创新北部湾公共文化服务融合发展模式——北海市图书馆跨区域服务提质增效”案例荣获广西文旅厅授予的2021 年广西文化旅游改革创新优秀案例。',
      ['award'],
    ],
    [
      '6月14日，北海市图书馆携手北海晚报社举办的2020年“让文明花儿朵朵绽放——小记者训练营”正式开课，特举办“今天你是小记者，明天你是大记者”主题讲座。',
      ['lecture', 'training'],
    ],
    [
      '2月12日大年初一，北海市图书馆举办“悦读吧：我们的节日·春节”线上直播，开展云上拜年活动，致敬建党百年华诞。',
      ['festival', 'online'],
    ],
    [
      '8月28日，北海市图书馆党支部联合北海市非物质文化遗产保护中心……特邀退休党支部书记郑小云，以“不忘初心、牢记使命，抗‘疫’复兴”为题组织开展“老书记讲党课”活动。',
      ['party'],
    ],
  ])('%s', (text, expected) => expect(categorize(text)).toEqual(expected));

  it.each([
    ['开展 is not an exhibition', '3月5日，北海市图书馆开展学雷锋志愿服务系列活动。', 'exhibition'],
    ['发展 is not an exhibition', '推动事业高质量发展。', 'exhibition'],
    [
      '电影展播 is a screening',
      '7月16日，北海市图书馆开展“影友沙龙”主题活动，这是“暑期电影展播”系列活动的第一部电影。',
      'exhibition',
    ],
    ['收获 is not an award', '与读者一起观影，分享感悟与收获。', 'award'],
    ['a name with 云 is not online', '特邀退休党支部书记郑小云。', 'online'],
    [
      '会议室 is a room, not a meeting',
      '1月19日，由北海市图书馆主办的小记者训练营——心理辅导讲座在北海市图书馆五楼会议室成功举行。',
      'governance',
    ],
  ])('%s', (_, text, category) => expect(categorize(text)).not.toContain(category));

  it('gives most 北海 entries at least one category, and uses every category', () => {
    const events = [2020, 2021].flatMap(
      (year) =>
        extractEvents(parseSource(readFileSync(`content/reports/beihai/${year}.mdx`, 'utf8')).body, {
          library: 'beihai',
          year,
        }).events,
    );
    const used = new Set(events.flatMap((e) => e.categories));
    expect([...used].sort()).toEqual([...CATEGORY_IDS].sort());
    expect(events.filter((e) => e.categories.length > 0).length / events.length).toBeGreaterThan(0.6);
  });
});
