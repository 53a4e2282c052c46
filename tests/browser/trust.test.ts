/**
 * Trust signals as a reader sees them: the About page shows content/site.yaml
 * as configured ("Not yet configured." where a field is empty; axe on it runs
 * in every-page.test.ts);
 * the article header's link to the change log scrolls to it. That every
 * page but a print view links to the About page, and every article's
 * "evidence searched up to" date and change log, are checked in each page's
 * every-page visit (every-page/checks/trust.ts).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSiteConfig } from '../../src/lib/site/site-config';
import { useBrowser, open } from './browser';
import { articleFrontmatter } from './every-page/checks/trust';

const ROOT = path.resolve(import.meta.dirname, '../..');

const browser = useBrowser();

describe('About the evidence', () => {
  test('shows each site-identity field as configured, or says it is not yet configured', async () => {
    const { config } = loadSiteConfig(ROOT).loaded!;
    const { page, errors } = await open(browser(), '/about/');
    for (const field of ['publisher', 'funding', 'conflictsOfInterest', 'corrections'] as const) {
      const text = (await page.locator(`[data-site-identity] [data-field="${field}"]`).innerText()).trim();
      expect(text, field).toBe(config[field] ?? 'Not yet configured.');
    }
    for (const id of ['publisher', 'sources', 'verification', 'certainty', 'dates', 'corrections']) {
      expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator('a[href="/evidence/grading/"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the change-log link', () => {
  // Every article's review dates, link and change log (against its frontmatter)
  // are checked in its every-page visit (every-page/checks/trust.ts); the link
  // is one template, so following it is tested on one article.
  test('scrolls the change log into view', async () => {
    const url = '/topics/estrogen-dose/academic/';
    const { changes } = articleFrontmatter(url);
    const { page } = await open(browser(), url);
    await page.locator('.article-header a[href="#changes"]').click();
    // The log is the last thing on the page, so "in view" rather than "at the top".
    await expect.poll(() => page.locator('#changes').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('section.change-log li').count()).toBe(changes.length);
    await page.context().close();
  }, 60_000);
});
