/**
 * A phone (390×844): one page of each type fits the viewport — no horizontal scroll of the page (wide
 * tables scroll inside their own box), passes axe at that width, and keeps enough colour contrast in the
 * dark scheme too.
 */
import { axeViolations } from './support/axe.ts';
import { expect, pagesOfEachType, test } from './support/site.ts';

for (const path of pagesOfEachType()) {
  test(`fits a phone: ${path}`, async ({ page, problems }) => {
    // Two full axe runs per page: on the timelines (~400 events) that alone took over 30 s on the 2-core CI
    // machine under load.
    test.slow();
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `page width ${scrollWidth}px on a ${clientWidth}px screen`).toBeLessThanOrEqual(clientWidth);

    expect(await axeViolations(page), 'axe violations on a phone').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { only: ['color-contrast'] }), 'contrast, dark scheme').toEqual([]);
    expect([...problems.list, ...(await problems.cspViolations(page))]).toEqual([]);
  });
}
