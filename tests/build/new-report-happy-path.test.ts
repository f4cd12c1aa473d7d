/**
 * The staff happy path, end to end, with no code change: copy the real content to a temp folder, run
 * `npm run new-report` for a new year of an existing library and `npm run new-library` + `new-report`
 * for a new one, fill the skeletons the way a staff member does (uncomment a few figure lines and write
 * the numbers as the text does, paste the text, write a 大事记), run `npm run check` (0 errors) and a
 * real `astro build` over that folder. The new reports must appear on their own pages, on the library
 * profiles, on the compare page of a metric they fill, in the timelines and in the open data.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../src/lib/open-data/event-rows.ts';
import { readSiteSettings } from '../../src/lib/site/settings.ts';
import { readDataPackage } from '../support/data-package.ts';
import { astroBuild, buildEnv } from './support/astro-build.ts';

const repo = resolve('.');
/**
 * A library id no staff member will use (not `hepu`, the staff guide's example), and the next year of an
 * existing library (not a fixed year a staff member may add for real): the test never collides with content.
 */
const NEW = 'zz-test-hepu';
const OLD = 'beihai';
const YEAR =
  1 +
  Math.max(
    2021,
    ...readdirSync(join(repo, 'content/reports', OLD))
      .map((f) => /^(\d{4})\.mdx$/.exec(f)?.[1])
      .filter((y) => y !== undefined)
      .map(Number),
  );
const tmp = mkdtempSync(join(tmpdir(), 'yearbook-happy-'));
/** A staff member's checkout: the real content copied, the code linked (never changed). */
const site = join(tmp, 'site');
const content = join(site, 'content');
const dist = join(tmp, 'dist');
const env = {
  ...buildEnv(),
  ASTRO_TELEMETRY_DISABLED: '1',
  // The npm of the Node running the tests, first on the PATH.
  PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
};

function npm(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', ...args], { cwd: site, encoding: 'utf8', env, timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Uncomment a metric line of the skeleton and write the figure after the colon, as the guide says. */
function fill(text: string, key: string, value: string): string {
  const line = new RegExp(`^( +)# ${key}: +#`, 'm');
  expect(text, `skeleton line for ${key}`).toMatch(line);
  return text.replace(line, `$1${key}: ${value}  #`);
}

const PLACEHOLDER = '（在这里粘贴报告正文。每段之间空一行。）';

/** Writes the report as a staff member would: figures, the text that states them, and a 大事记. */
function writeReport(file: string, figures: [string, string][], text: string, chronicle: string[]): void {
  let mdx = readFileSync(file, 'utf8');
  for (const [key, value] of figures) mdx = fill(mdx, key, value);
  expect(mdx).toContain(PLACEHOLDER);
  mdx = mdx.replace(PLACEHOLDER, text);
  const heading = /^## 五、大事记\n\n.*\n/m;
  expect(mdx).toMatch(heading);
  mdx = mdx.replace(heading, (h) => `${h}\n${chronicle.join('\n\n')}\n`);
  // The skeleton's headings of parts this short report does not have, deleted as `npm run check` asks.
  mdx = mdx.replace(/^## (?:二|三|四|六)、.*\n\n?/gm, '');
  writeFileSync(file, mdx);
}

describe('a new report from the skeleton, built without touching code', () => {
  let check: { status: number | null; output: string };
  let build: { status: number | null; output: string };
  const page = (p: string): string => readFileSync(join(dist, p, 'index.html'), 'utf8');
  const file = (p: string): string => readFileSync(join(dist, p), 'utf8');

  beforeAll(() => {
    mkdirSync(site);
    cpSync(join(repo, 'content'), content, { recursive: true });
    for (const f of ['package.json', 'node_modules', 'scripts', 'src', 'tsconfig.json'])
      symlinkSync(join(repo, f), join(site, f));

    // An existing library's next year.
    const created = npm('new-report', '--', OLD, String(YEAR));
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain(`已创建 content/reports/${OLD}/${YEAR}.mdx`);
    expect(npm('new-report', '--', OLD, String(YEAR)).output, 'refuses to overwrite').toContain('不会覆盖');
    writeReport(
      join(content, `reports/${OLD}/${YEAR}.mdx`),
      [
        ['total', '372046'],
        ['visits', '"45万多"'],
        ['newCards', '6123'],
      ],
      `截至${YEAR}年底，我馆馆藏总量372046册。全年接待读者45万多人次，新办借书证6123个。`,
      ['3月5日，北海市图书馆举办“书香北海”读书讲座。', '4月23日至4月25日，举办世界读书日主题展览。'],
    );

    // A brand-new library and its first report.
    const lib = npm('new-library', '--', NEW);
    expect(lib.status, lib.output).toBe(0);
    const yaml = join(content, `libraries/${NEW}.yaml`);
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8')
        .replace('name: 某某市图书馆', 'name: 合浦县图书馆')
        .replace('nameEn: Mou City Library', 'nameEn: Hepu County Library')
        .replace('level: city', 'level: county')
        .replace('province: 某某省', 'province: 广西壮族自治区')
        .replace('city: 某某市', 'city: 北海市'),
    );
    const hepu = npm('new-report', '--', NEW, '2022');
    expect(hepu.status, hepu.output).toBe(0);
    writeReport(
      join(content, `reports/${NEW}/2022.mdx`),
      [
        ['total', '"12.5万"'],
        ['visits', '"约8万"'],
      ],
      '2022年，合浦县图书馆馆藏总量达12.5万册，全年接待读者约8万人次。',
      ['5月18日，合浦县图书馆开展图书下乡活动。', '9月，举办少儿阅读培训班。'],
    );

    check = npm('check');
    // Into `<tmp>/dist`, the cache in `<tmp>/cache`.
    build = astroBuild({ out: tmp, content, timeout: 400_000 });
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the content check passes with 0 errors', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/个文件：0 个错误/);
  });

  it('builds', () => expect(build.status, build.output).toBe(0));

  it('wrote only into the copy: the real content and the code are untouched', () => {
    expect(existsSync(join(repo, `content/reports/${OLD}/${YEAR}.mdx`))).toBe(false);
    expect(existsSync(join(repo, `content/libraries/${NEW}.yaml`))).toBe(false);
  });

  it('gives each new report its own page, with its figures and its 大事记 anchors', () => {
    const beihai = page(`reports/${OLD}/${YEAR}`);
    expect(beihai).toContain(`北海市图书馆${YEAR}年工作总结`);
    expect(beihai).toContain('372046');
    expect(beihai).toContain(`id="e-${YEAR}-03-05-1"`);
    expect(beihai).toContain(`id="e-${YEAR}-04-23-1"`);
    const hepu = page(`reports/${NEW}/2022`);
    expect(hepu).toContain('合浦县图书馆2022年工作总结');
    expect(hepu).toContain('id="e-2022-05-18-1"');
    expect(hepu).toContain('id="e-2022-09-1"');
  });

  it('shows them on the library profiles', () => {
    const beihai = page(`libraries/${OLD}`);
    expect(beihai).toContain(`href="/reports/${OLD}/${YEAR}/"`);
    expect(beihai).toContain(`${YEAR}年主要数字`);
    const hepu = page(`libraries/${NEW}`);
    expect(hepu).toContain('合浦县图书馆');
    expect(hepu).toContain(`href="/reports/${NEW}/2022/"`);
    expect(hepu).toContain('12.5万');
  });

  it('puts them on the compare page of a metric they fill', () => {
    const compare = page('compare/collection/total');
    expect(compare).toContain('合浦县图书馆');
    expect(compare).toContain('12.5万册');
    expect(compare).toContain('372046册');
    expect(compare).toContain(`${YEAR}年`);
  });

  it('lists their events in the timelines, linked to the report text', () => {
    const all = page('timeline');
    expect(all).toContain(`href="/reports/${OLD}/${YEAR}/#e-${YEAR}-03-05-1"`);
    expect(all).toContain(`href="/reports/${NEW}/2022/#e-2022-05-18-1"`);
    expect(page(`timeline/${NEW}`)).toContain(`href="/reports/${NEW}/2022/#e-2022-09-1"`);
    expect(file(`data/charts/monthly-${NEW}.csv`)).toContain(`2022-05,2022年5月,${NEW},合浦县图书馆,大事记条目,1`);
  });

  it('writes them to the open data, in the published event shape', () => {
    const csv = file('data/figures.csv');
    expect(csv).toMatch(
      new RegExp(
        `\r\n${OLD}-${YEAR}-collection\\.total,${OLD},北海市图书馆,${YEAR},collection\\.total,[^,]*,372046,exact,false,1,册,372046,`,
      ),
    );
    expect(csv).toMatch(
      new RegExp(
        `\r\n${OLD}-${YEAR}-use\\.visits,${OLD},北海市图书馆,${YEAR},use\\.visits,[^,]*,450000,more-than,true,10000,人次,45万多,`,
      ),
    );
    expect(csv).toMatch(
      new RegExp(
        `\r\n${NEW}-2022-collection\\.total,${NEW},合浦县图书馆,2022,collection\\.total,[^,]*,125000,exact,false,1000,册,12\\.5万,`,
      ),
    );
    const events = eventsFileSchema.parse(JSON.parse(file('data/events.json')));
    const added = (e: { library: string; year: number }) =>
      (e.library === OLD && e.year === YEAR) || (e.library === NEW && e.year === 2022);
    expect(events.filter(added).map((e) => [e.library, e.start, e.end ?? '', e.precision])).toEqual([
      [OLD, `${YEAR}-03-05`, '', 'day'],
      [OLD, `${YEAR}-04-23`, `${YEAR}-04-25`, 'day'],
      [NEW, '2022-05-18', '', 'day'],
      [NEW, '2022-09', '', 'month'],
    ]);
  });

  it('describes the open data in a data package that validates, every resource read, cast and joined', async () => {
    const { descriptor, rows } = await readDataPackage(join(dist, 'data'));
    const settings = readSiteSettings(env);
    // The new library and its first year are in the package: as an author, a source and a per-year resource.
    expect(descriptor['contributors']).toContainEqual({ title: '合浦县图书馆', role: 'author' });
    expect((descriptor['sources'] as { path: string }[]).map((s) => s.path)).toContain(
      `${settings.siteUrl}/reports/${NEW}/2022/`,
    );
    expect(rows.get('figures-2022')).toBeGreaterThan(0);
    expect(rows.get(`figures-${YEAR}`)).toBeGreaterThan(0);
    const licence = settings.dataLicence;
    expect(descriptor['licenses']).toEqual([{ name: licence.id, path: licence.url, title: licence.name }]);
    // Dated by the content's last update (here the copied files' times), at midnight UTC: never the clock.
    expect(descriptor['created']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  }, 60_000);
});
