/**
 * Search that knows the reader's words (issue 15): each query is also
 * searched in the site's words for it (content/search-vocabulary.yaml), a
 * misspelling is offered and searched as the nearest known word, and a
 * glossary result opens the entry searched for.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();

/** Runs a search through the address (as a reader's link would) and waits for its status line. */
async function search(page: Page, query: string, depth = 'all') {
  await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}&depth=${depth}`, baseUrl()).href, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return status !== '' && !status.startsWith('Searching');
  });
  return page.evaluate(() => ({
    status: document.querySelector('[data-status]')!.textContent!,
    suggestion: (document.querySelector<HTMLElement>('[data-suggestion]')!.hidden ? '' : document.querySelector('[data-suggestion] a')!.textContent) ?? '',
    results: [...document.querySelectorAll('.search-results > li')].map((item) => ({
      page: item.querySelector('h2 a')!.getAttribute('href')!,
      sections: [...item.querySelectorAll('ul > li')].map((section) => ({ href: section.querySelector('a')!.getAttribute('href')!, excerpt: section.querySelector('p')!.textContent! })),
    })),
  }));
}

describe('the reader\'s words find the site\'s', () => {
  const CASES: Array<[string, string, RegExp]> = [
    ['clots', 'academic', /thromboembolism|thrombosis|clot/i],
    ['clots', 'intermediate', /thromboembolism|thrombosis|clot/i],
    ['clots', 'fundamentals', /thromboembolism|thrombosis|clot/i],
    ['hot flushes', 'all', /hot flash|hot flush/i],
    ['T score', 'all', /T-score/i],
  ];
  test.each(CASES)('“%s” at %s depth: the first result\'s first section covers the term', async (query, depth, covers) => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { results, status } = await search(page, query, depth);
    expect(results.length, status).toBeGreaterThan(0);
    const first = results[0]!.sections[0]!;
    expect(first.excerpt, `${first.href}: ${status}`).toMatch(covers);
    expect(first.href).toMatch(/#[a-z0-9-]+$/);
    await context.close();
  });

  test('“osteopinia” offers and searches “osteopenia”', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { results, suggestion } = await search(page, 'osteopinia');
    expect(suggestion).toBe('osteopenia');
    expect(results[0]!.sections[0]!.excerpt).toMatch(/osteopenia/i);
    expect(await page.locator('[data-suggestion] a').getAttribute('href')).toBe('/search/?q=osteopenia');
    await context.close();
  });

  test('a glossary result opens the entry searched for, not the top of the glossary', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { results } = await search(page, 'T score');
    const glossary = results.find((result) => result.page.startsWith('/glossary/'));
    expect(glossary?.page).toBe('/glossary/#t-score');
    expect(glossary?.sections[0]!.href).toBe('/glossary/#t-score');
    await context.close();
  });
});
