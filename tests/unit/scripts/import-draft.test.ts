/**
 * The importer as staff run it (scripts/import-report.ts, scripts/lib/import/draft.ts): cleanups decided
 * from the text and said, the library's name from its YAML, every metric in the draft with the line of the
 * file where a recognised figure's sentence stands, messages in Chinese, and a draft that passes the check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { draftReport } from '../../../scripts/lib/import/draft.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { METRICS } from '../../../src/lib/model/catalog.ts';

const A = readFileSync('tests/fixtures/import/qingchuan-2022.txt', 'utf8');
const LIBRARY =
  'id: zz-test-qc\nname: 青川县图书馆\nnameEn: Qingchuan County Library\nlevel: county\nregion:\n  province: 四川省\n  city: 广元市\n';
const library = { id: 'zz-test-qc', name: '青川县图书馆' };
const check = (mdx: string) =>
  checkContent([
    { path: 'libraries/zz-test-qc.yaml', text: LIBRARY },
    { path: 'reports/zz-test-qc/2022.mdx', text: mdx },
  ]);

/** A as a scraped Traditional web page: Taiwan script, pinyin after a few characters, as 巴林左旗's source. */
const toTraditional: (s: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });
const GLOSSES: Record<string, string> = { 圖: 'tú', 書: 'shū', 館: 'guǎn', 讀: 'dú', 動: 'dòng', 總: 'zǒng' };
const scraped = [...toTraditional(A)].map((c) => (GLOSSES[c] ? `${c}(${GLOSSES[c]})` : c)).join('');

describe('a draft from plain text', () => {
  const draft = draftReport({ raw: A, file: 'qingchuan-2022.txt', library, year: 2022 });

  it('lists every catalog metric, with the recognised figures and their sentence’s line in the file', () => {
    for (const m of METRICS) expect(draft.mdx).toMatch(new RegExp(`^ {4}# ${m.key}:`, 'm'));
    const lines = draft.mdx.split('\n');
    expect(draft.suggestions.length).toBeGreaterThan(30);
    for (const s of draft.suggestions) {
      const key = s.metric.split('.')[1] ?? '';
      const value = s.written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const at = Number(
        new RegExp(`# ${key}: (?:\\{ value: )?"?${value}"?[^\\n]*｜第 (\\d+) 行：`).exec(draft.mdx)?.[1],
      );
      expect(at, s.metric).toBeGreaterThan(0);
      // The number stands on that line of the file (spaces aside).
      const number = /[\d.]+/.exec(s.written)?.[0] ?? s.written.slice(0, 2);
      expect(lines[at - 1]?.replace(/\s/g, ''), s.metric).toContain(number);
    }
  });

  it('takes the title from the first line, and passes the content check as it is', () => {
    expect(draft.mdx).toContain('title: 青川县图书馆2022年工作总结');
    expect(check(draft.mdx).problems).toEqual([]);
  });
});

describe('a scraped Traditional page with pinyin glosses, no flags', () => {
  const draft = draftReport({ raw: scraped, file: 'page.txt', library, year: 2022 });

  it('removes the glosses and converts to Simplified, and says so', () => {
    expect(scraped).toContain('圖(tú)書(shū)館(guǎn)');
    expect(draft.said.join('\n')).toMatch(/拼音注音 \d+ 处[\s\S]*已删除[\s\S]*繁体字[\s\S]*已转为简体/);
    expect(draft.result.body).not.toMatch(/\((?:tú|shū|guǎn)\)/);
    expect(draft.mdx).toContain('青川县图书馆');
    expect(draft.mdx).toMatch(/conversion:[\s\S]*拼音注音[\s\S]*繁体字转换为简体字/);
    expect(check(draft.mdx).problems).toEqual([]);
  });

  it('recognises the same figures as in the Simplified text', () => {
    const plain = draftReport({ raw: A, file: 'a.txt', library, year: 2022 });
    expect(draft.suggestions.map((s) => [s.metric, s.written])).toEqual(
      plain.suggestions.map((s) => [s.metric, s.written]),
    );
  });

  it('keeps Traditional script when asked, and says so in the frontmatter for the check', () => {
    const kept = draftReport({ raw: scraped, file: 'page.txt', library, year: 2022, flags: { simplify: false } });
    expect(kept.mdx).toContain('script: traditional');
    expect(kept.mdx).toContain('圖書館');
    expect(check(kept.mdx).problems).toEqual([]);
  });
});

describe('npm run import', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'yearbook-import-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-report.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, YEARBOOK_CONTENT_DIR: tmp },
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };

  it('names the library from content/libraries/<id>.yaml and speaks Chinese', () => {
    mkdirSync(join(tmp, 'libraries'), { recursive: true });
    writeFileSync(join(tmp, 'libraries/zz-test-qc.yaml'), LIBRARY.replace('青川县图书馆', '测试县图书馆'));
    writeFileSync(join(tmp, 'untitled.txt'), A.replace(/^青川县图书馆2022年工作总结\n/, ''));
    const r = run(join(tmp, 'untitled.txt'), '--library', 'zz-test-qc', '--year', '2022');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/已生成 .*reports\/zz-test-qc\/2022\.mdx：\d+ 个标题/);
    expect(r.out).toMatch(/在正文中认出 \d+ 个数字/);
    expect(readFileSync(join(tmp, 'reports/zz-test-qc/2022.mdx'), 'utf8')).toContain(
      'title: 测试县图书馆2022年工作总结',
    );
    expect(run(join(tmp, 'untitled.txt'), '--library', 'zz-test-qc', '--year', '2022').out).toMatch(
      /已经存在，不会覆盖.*--force/,
    );
  });

  it('refuses a library that has no YAML, in Chinese, with the command that makes one', () => {
    const r = run(join(tmp, 'untitled.txt'), '--library', 'zz-test-none', '--year', '2022');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/错误：没有馆 “zz-test-none”.*npm run new-library -- zz-test-none/);
    expect(r.out).not.toMatch(/\bat \w/); // no stack trace
  });

  it('explains its usage in Chinese', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/用法：npm run import -- <原文件\.txt 或 \.docx> --library <馆的标识> --year <年份>/);
  });
});
