/**
 * Trust signals as a reader sees them. Every page but a print view links to
 * the About page from its footer. On every article: the header's review
 * dates say "Evidence searched up to <date>" beside "Last reviewed" and "Next
 * review due", the header links to the change log, and the change log lists
 * the article's `changes` from its frontmatter, read from the MDX file (not
 * from the build). That the link scrolls to the log is tested once, in
 * trust.test.ts: the link and the log are the same template on every article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { humanDate } from '../../../../src/components/format-date';
import type { PageCheck } from '../visit';

const ARTICLES = path.resolve(import.meta.dirname, '../../../../content/articles');

/** The frontmatter fields this check reads, from `content/articles/<topic>/<level>.mdx` of an article path. */
export function articleFrontmatter(pagePath: string): { evidenceSearchedUpTo: Date; changes: Array<{ date: Date; summary: string }> } {
  const [, topic, level] = /^\/topics\/([^/]+)\/([^/]+)\/$/.exec(pagePath)!;
  const text = readFileSync(path.join(ARTICLES, topic!, `${level}.mdx`), 'utf8');
  const data = parse(text.split(/^---$/m)[1]!) as { evidenceSearchedUpTo: string; changes: Array<{ date: string; summary: string }> };
  return { evidenceSearchedUpTo: new Date(data.evidenceSearchedUpTo), changes: data.changes.map((c) => ({ date: new Date(c.date), summary: c.summary })) };
}

export const articleTrust: PageCheck = {
  name: 'review-dates-and-changes',
  phase: 'screen',
  applies: (_path, kind) => kind === 'article',
  async run({ page, path: pagePath }) {
    const { evidenceSearchedUpTo, changes } = articleFrontmatter(pagePath);
    const problems: string[] = [];
    const dates = await page.locator('.article-header .review-dates').last().innerText();
    const searched = `Evidence searched up to ${humanDate(evidenceSearchedUpTo)}.`;
    if (!dates.includes(searched)) problems.push(`review dates lack "${searched}": ${JSON.stringify(dates)}`);
    if (!/Last reviewed .* Evidence searched up to .* Next review due/.test(dates)) problems.push(`review dates are not "Last reviewed … Evidence searched up to … Next review due": ${JSON.stringify(dates)}`);
    if ((await page.locator('.article-header a[href="#changes"]').count()) === 0) problems.push('the header does not link to #changes');
    const items = await page.locator('section.change-log li').allInnerTexts();
    const expected = changes.map((c) => `${humanDate(c.date)}: ${c.summary}`);
    if (JSON.stringify(items) !== JSON.stringify(expected)) problems.push(`change log shows ${JSON.stringify(items)}, frontmatter has ${JSON.stringify(expected)}`);
    return problems;
  },
};

export const aboutLink: PageCheck = {
  name: 'about-link',
  phase: 'screen',
  applies: (_path, kind) => kind !== 'print',
  async run({ page }) {
    const links = await page.locator('.site-footer a[href="/about/"]').count();
    return links === 1 ? [] : [`the footer has ${links} links to /about/, not 1`];
  },
};
