/**
 * The balance of a hand-off: every print view whose section cites a benefit
 * claim shows, in the text a reader sees, each of its paired harms (value,
 * units and time frame), in the "Harms to weigh against this" box. Which
 * sections cite which claims is read from the built HTML (`data-claim` on
 * each <Claim>), which harms belong to a benefit from the claim records.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSiteData } from '../../src/lib/site-data';
import { builtPages, useBrowser, open } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { claims } = loadSiteData(ROOT);

/** Print views with the benefit claims their printed section cites. */
const withBenefits = builtPages()
  .filter((p) => p.startsWith('/print/'))
  .map((pagePath) => {
    const html = readFileSync(path.join(ROOT, 'dist', pagePath, 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('class="print-section"'), html.indexOf('class="references"') > 0 ? html.indexOf('class="references"') : undefined);
    const cited = [...section.matchAll(/class="claim" data-claim="([^"]+)"/g)].map((m) => m[1]!);
    const benefits = [...new Set(cited)].filter((id) => claims.get(id)?.kind === 'benefit');
    return { pagePath, benefits };
  })
  .filter((view) => view.benefits.length > 0);

const browser = useBrowser();

describe('print views that state a benefit carry its paired harms', () => {
  test('there are such print views (one per section stating the USPSTF fracture benefit, and their h2s)', () => {
    expect(withBenefits.length).toBeGreaterThanOrEqual(6);
  });

  test.each(withBenefits)('$pagePath', async ({ pagePath, benefits }) => {
    const { page, errors } = await open(browser(), pagePath, { javaScriptEnabled: false });
    const box = page.locator('aside.print-harms');
    expect(await box.isVisible()).toBe(true);
    const visible = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const boxText = (await box.innerText()).replace(/\s+/g, ' ');
    for (const benefit of benefits) {
      for (const harmId of claims.get(benefit)!.pairedHarms) {
        const value = claims.get(harmId)!.value!;
        expect(visible, `${pagePath}: ${harmId}`).toContain(value.text);
        expect(boxText, `${pagePath}: ${harmId} in the box`).toContain(`${value.text} ${value.unit} ${value.timeFrame}`);
      }
    }
    await page.context().close();
    expect(errors).toEqual([]);
  });

  test('a print view whose section cites no benefit has no harms box', async () => {
    const { page } = await open(browser(), '/print/estrogen-decline/fundamentals/bone-loss-timeline/', { javaScriptEnabled: false });
    expect(await page.locator('.print-section').count()).toBe(1);
    expect(await page.locator('aside.print-harms').count()).toBe(0);
    await page.context().close();
  });
});
