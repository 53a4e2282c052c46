/**
 * axe-core (WCAG 2.2 AA) on the page as loaded, in the light scheme with
 * every rule and again in the dark scheme (prefers-color-scheme applies live,
 * no reload) with the rules that read colours. axe is evaluated through the
 * DevTools protocol, which the page's CSP does not govern, so the page is
 * checked under its real policy.
 *
 * Why colour rules are enough in dark: the site's stylesheet gives every
 * colour as `light-dark(light, dark)` and nothing else changes with the
 * scheme. Two guards keep that true, and fail if it stops being so (then run
 * every rule in dark: set DARK_RULES to undefined): no stylesheet of the page
 * has a `prefers-color-scheme` condition, and the page's layout and text
 * (scroll size, element count, visible text length) are the same in both
 * schemes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PageCheck } from '../visit';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG 2.2 AA rules whose result depends on colours. */
const DARK_RULES: string[] | undefined = ['color-contrast', 'link-in-text-block'];

type AxeRun = (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;

/** In the page: runs axe with `options` and describes each violation in one line. */
async function runAxe(options: object): Promise<string[]> {
  const result = await (window as unknown as { axe: { run: AxeRun } }).axe.run(document, { ...options, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** In the page: what a colour scheme must not change, and the background it paints. */
function fingerprint(): { layout: string; background: string; schemeRules: string[] } {
  const schemeRules: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if ('conditionText' in rule && /prefers-color-scheme/.test(String((rule as CSSConditionRule).conditionText))) schemeRules.push((rule as CSSConditionRule).conditionText);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
  const root = document.documentElement;
  return {
    layout: `${root.scrollWidth}×${root.scrollHeight}, ${document.getElementsByTagName('*').length} elements, ${document.body.innerText.length} characters`,
    background: getComputedStyle(document.body).backgroundColor,
    schemeRules,
  };
}

async function scheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
}

export const axe: PageCheck = {
  name: 'axe',
  phase: 'loaded',
  async run({ page }) {
    await page.evaluate(axeSource);
    const problems = (await page.evaluate(runAxe, { runOnly: { type: 'tag', values: TAGS } })).map((p) => `light: ${p}`);
    const light = await page.evaluate(fingerprint);
    await scheme(page, 'dark');
    try {
      const dark = await page.evaluate(fingerprint);
      if (dark.background === light.background) problems.push(`dark: the scheme did not apply (background ${dark.background} in both)`);
      if (DARK_RULES) {
        for (const rule of dark.schemeRules) problems.push(`dark: a stylesheet has @media (${rule}); only colour rules run in dark (see checks/axe.ts): use light-dark() or run every rule`);
        if (dark.layout !== light.layout) problems.push(`dark: layout or text differs from light (${light.layout} → ${dark.layout}); only colour rules run in dark (see checks/axe.ts)`);
      }
      const options = DARK_RULES ? { runOnly: { type: 'rule', values: DARK_RULES } } : { runOnly: { type: 'tag', values: TAGS } };
      problems.push(...(await page.evaluate(runAxe, options)).map((p) => `dark: ${p}`));
    } finally {
      await scheme(page, 'light');
    }
    return problems;
  },
};
