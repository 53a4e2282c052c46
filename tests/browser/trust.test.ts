/**
 * Trust signals as a reader sees them: the About page shows content/site.yaml
 * as configured ("Not yet configured." where a field is empty; axe on it runs
 * in every-page.test.ts);
 * every article shows its "evidence searched up to" date and its change log
 * from its frontmatter; every page links to the About page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { humanDate } from '../../src/components/format-date';
import { loadSiteConfig } from '../../src/lib/site/site-config';
import { useBrowser, open } from './browser';

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

  test('the footer of an article, a hub and a tool page links to it', async () => {
    for (const url of ['/topics/estrogen-dose/academic/', '/', '/tools/t-score/']) {
      const { page } = await open(browser(), url);
      expect(await page.locator('.site-footer a[href="/about/"]').count(), url).toBe(1);
      await page.context().close();
    }
  }, 90_000);
});

/** Every article's frontmatter, read from its file (not from the build). */
function articles(): Array<{ url: string; evidenceSearchedUpTo: Date; changes: Array<{ date: Date; summary: string }> }> {
  const dir = path.join(ROOT, 'content/articles');
  return readdirSync(dir).flatMap((topic) =>
    ['fundamentals', 'intermediate', 'academic'].map((level) => {
      const text = readFileSync(path.join(dir, topic, `${level}.mdx`), 'utf8');
      const data = parse(text.split(/^---$/m)[1]!) as { evidenceSearchedUpTo: string; changes: Array<{ date: string; summary: string }> };
      return {
        url: `/topics/${topic}/${level}/`,
        evidenceSearchedUpTo: new Date(data.evidenceSearchedUpTo),
        changes: data.changes.map((c) => ({ date: new Date(c.date), summary: c.summary })),
      };
    }),
  );
}

describe('every article', () => {
  const all = articles();
  test('there are articles to check', () => expect(all.length).toBeGreaterThanOrEqual(15));

  test.each(all)('$url shows "evidence searched up to" beside the review dates, and its change log', async ({ url, evidenceSearchedUpTo, changes }) => {
    const { page } = await open(browser(), url);
    const dates = await page.locator('.article-header .review-dates').last().innerText();
    expect(dates).toContain(`Evidence searched up to ${humanDate(evidenceSearchedUpTo)}.`);
    expect(dates).toMatch(/Last reviewed .* Evidence searched up to .* Next review due/);
    await page.locator('.article-header a[href="#changes"]').click();
    // The log is the last thing on the page, so "in view" rather than "at the top".
    await expect.poll(() => page.locator('#changes').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }), { timeout: 10_000 }).toBe(true);
    const items = await page.locator('section.change-log li').allInnerTexts();
    expect(items).toEqual(changes.map((c) => `${humanDate(c.date)}: ${c.summary}`));
    await page.context().close();
  }, 60_000);
});
