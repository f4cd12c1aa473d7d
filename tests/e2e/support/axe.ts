/** The axe scan every page gets: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe rules switched off — each entry one line with its reason. None at present. */
export const AXE_DISABLED: readonly string[] = [];

/** One line per violation: rule, impact, help text and up to five offending elements. */
export async function axeViolations(page: Page, { only }: { only?: string[] } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  builder = only ? builder.withRules(only) : builder.withTags(AXE_TAGS).disableRules([...AXE_DISABLED]);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}
