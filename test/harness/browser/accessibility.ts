import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA, the level every screen must meet. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not block it) and returns one line
 * per WCAG 2.1 AA violation: the rule and the elements that break it. `within` limits the check to one part of the
 * page (a selector).
 */
export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(
    async ({ selector, tags }) => {
      const { axe, document } = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> }; document: unknown };
      return axe.run(selector === null ? document : { include: [selector] }, { runOnly: { type: 'tag', values: tags } });
    },
    { selector: within ?? null, tags: WCAG_21_AA },
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
