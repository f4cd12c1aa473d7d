/**
 * Provenance: a figure's link lands on its number in the report text, highlighted. A reader clicks a
 * value in a compare table and arrives at the report page with the number (`:target`) and its sentence
 * marked; every link to a number anywhere in the build has its target.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILDS } from './support/builds.ts';
import { expect, test } from './support/site.ts';

test('a value in a compare table links to its number in the report, highlighted on arrival', async ({
  page,
  problems,
}) => {
  await page.goto('compare/use/circulation/');
  // One library reports it: its figures are a table of their own, not a chart's (like with like).
  const link = page.locator('main table a[href*="#num-use-circulation"]').first();
  await expect(link).toHaveText('126.38 万册次'); // as the sentence words it
  await link.click();
  await expect(page).toHaveURL(/\/reports\/nanhai\/2023\/#num-use-circulation$/);

  const number = page.locator('#num-use-circulation');
  await expect(number).toHaveText('126.38 万册次');
  await expect(number).toBeInViewport();
  const looks = await number.evaluate((el) => {
    const plain = document.querySelector('.figure-number:not(:target)');
    const style = getComputedStyle(el);
    return {
      target: el.matches(':target'),
      background: style.backgroundColor,
      outline: style.outlineStyle,
      plainBackground: plain ? getComputedStyle(plain).backgroundColor : '',
      sentence: el.closest('.figure-sentence')?.textContent ?? '',
      sentenceBackground: getComputedStyle(el.closest('.figure-sentence') ?? el).backgroundColor,
    };
  });
  expect(looks.target).toBe(true);
  expect(looks.outline).toBe('solid');
  expect(looks.background).not.toBe(looks.plainBackground);
  expect(looks.sentence).toContain('全年实现文献流通量');
  expect(looks.sentenceBackground).toBe(looks.background);
  // The number links on to the metric's compare page, and says what it is.
  await expect(number).toHaveAttribute('aria-label', '文献流通量 126.38 万册次');
  await expect(number).toHaveAttribute('href', /compare\/use\/circulation\/$/);
  expect([...problems.list, ...(await problems.cspViolations(page))]).toEqual([]);
});

/** Every HTML file of a build, as paths relative to it. */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name), root)
      : e.name.endsWith('.html')
        ? [relative(root, join(dir, e.name))]
        : [],
  );
}

test('every link to a number in a report lands on that number', ({ site }) => {
  const { dist, base } = BUILDS[site];
  const ids = new Map<string, Set<string>>();
  const idsOf = (report: string): Set<string> => {
    if (!ids.has(report)) {
      const html = readFileSync(join(dist, report, 'index.html'), 'utf8');
      ids.set(report, new Set([...html.matchAll(/\sid="(num-[^"]+)"/g)].map((m) => m[1] ?? '')));
    }
    return ids.get(report) ?? new Set();
  };
  const link = new RegExp(`href="${base}(reports/[^"#]+)/#(num-[^"]+)"`, 'g');
  const broken: string[] = [];
  let links = 0;
  for (const file of htmlFiles(dist)) {
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(link)) {
      links++;
      if (!idsOf(m[1] ?? '').has(m[2] ?? '')) broken.push(`${file}: ${m[0]}`);
    }
  }
  expect(links).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
