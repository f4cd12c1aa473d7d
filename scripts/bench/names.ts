/**
 * Synthetic library identities: ids `lib-0001`, Chinese names built from syllables common in real place
 * names (安宁, 清河, 永丰…), their pinyin for the English name, a level and a region.
 */
import type { Rng } from './prng.ts';

/** Place-name syllables with their pinyin. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['安', 'an'],
  ['宁', 'ning'],
  ['清', 'qing'],
  ['河', 'he'],
  ['平', 'ping'],
  ['阳', 'yang'],
  ['江', 'jiang'],
  ['山', 'shan'],
  ['丰', 'feng'],
  ['泰', 'tai'],
  ['永', 'yong'],
  ['兴', 'xing'],
  ['新', 'xin'],
  ['东', 'dong'],
  ['西', 'xi'],
  ['南', 'nan'],
  ['北', 'bei'],
  ['云', 'yun'],
  ['海', 'hai'],
  ['临', 'lin'],
  ['林', 'lin'],
  ['桂', 'gui'],
  ['德', 'de'],
  ['昌', 'chang'],
  ['华', 'hua'],
  ['庆', 'qing'],
  ['保', 'bao'],
  ['嘉', 'jia'],
  ['武', 'wu'],
  ['长', 'chang'],
  ['宝', 'bao'],
  ['石', 'shi'],
  ['金', 'jin'],
  ['龙', 'long'],
  ['凤', 'feng'],
  ['溪', 'xi'],
  ['浦', 'pu'],
  ['阜', 'fu'],
  ['源', 'yuan'],
  ['固', 'gu'],
  ['原', 'yuan'],
  ['城', 'cheng'],
  ['州', 'zhou'],
  ['康', 'kang'],
  ['乐', 'le'],
  ['化', 'hua'],
  ['湖', 'hu'],
  ['潭', 'tan'],
  ['沙', 'sha'],
  ['岭', 'ling'],
  ['崇', 'chong'],
  ['仁', 'ren'],
  ['寿', 'shou'],
  ['和', 'he'],
  ['顺', 'shun'],
  ['通', 'tong'],
  ['远', 'yuan'],
  ['定', 'ding'],
  ['靖', 'jing'],
  ['遂', 'sui'],
  ['会', 'hui'],
  ['鹤', 'he'],
];

/** Provinces (as written in library YAML files). */
const PROVINCES: readonly string[] = [
  '河北省',
  '山西省',
  '内蒙古自治区',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '广西壮族自治区',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
];

export type Level = 'city' | 'district' | 'county';

/** One synthetic library. */
export interface LibraryIdentity {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly level: Level;
  readonly province: string;
  readonly city: string;
  /** Relative size, about 0.2–1.5: scales every figure of the library's reports. */
  readonly scale: number;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function place(rng: Rng): { zh: string; en: string } {
  const a = rng.pick(SYLLABLES);
  let b = rng.pick(SYLLABLES);
  while (b[0] === a[0]) b = rng.pick(SYLLABLES);
  return { zh: a[0] + b[0], en: cap(a[1] + b[1]) };
}

/** `count` libraries with distinct names, deterministic from `rng`. */
export function makeLibraries(rng: Rng, count: number): LibraryIdentity[] {
  const used = new Set<string>();
  const out: LibraryIdentity[] = [];
  for (let i = 1; i <= count; i++) {
    const r = rng.fork(`library-${i}`);
    const roll = r.next();
    const level: Level = roll < 0.15 ? 'city' : roll < 0.45 ? 'district' : 'county';
    const province = r.pick(PROVINCES);
    let p = place(r);
    let q = place(r);
    // Two-syllable names collide after ~60² draws; a third syllable keeps large corpora unique.
    for (let tries = 0; used.has(`${province}${p.zh}${level}`); tries++) {
      p = tries < 20 ? place(r) : { zh: p.zh + r.pick(SYLLABLES)[0], en: p.en + r.pick(SYLLABLES)[1] };
    }
    used.add(`${province}${p.zh}${level}`);
    const banner = level === 'county' && province === '内蒙古自治区' && r.chance(0.5);
    const suffix = {
      city: ['市', 'City'],
      district: ['区', 'District'],
      county: banner ? ['旗', 'Banner'] : ['县', 'County'],
    }[level];
    if (level === 'city') q = p;
    const scale = { city: 1, district: 0.6, county: 0.3 }[level] * (0.5 + r.next());
    out.push({
      id: `lib-${String(i).padStart(4, '0')}`,
      name: `${p.zh}${suffix[0]}图书馆`,
      nameEn: `${p.en} ${suffix[1]} Library`,
      level,
      province,
      city: `${q.zh}市`,
      scale: Math.round(scale * 1000) / 1000,
    });
  }
  return out;
}

/** A person's name for leadership lists. */
export function personName(rng: Rng): string {
  const surname = rng.pick([
    '王',
    '李',
    '张',
    '刘',
    '陈',
    '杨',
    '黄',
    '赵',
    '吴',
    '周',
    '徐',
    '孙',
    '马',
    '朱',
    '胡',
    '郭',
    '何',
    '林',
    '罗',
    '梁',
    '覃',
    '韦',
  ]);
  const given = [
    '伟',
    '芳',
    '娜',
    '敏',
    '静',
    '丽',
    '强',
    '磊',
    '军',
    '洋',
    '勇',
    '艳',
    '杰',
    '娟',
    '涛',
    '明',
    '超',
    '秀',
    '霞',
    '平',
    '刚',
    '桂',
    '英',
    '华',
    '宗',
    '雁',
    '海',
    '红',
  ];
  return surname + rng.pick(given) + (rng.chance(0.7) ? rng.pick(given) : '');
}
