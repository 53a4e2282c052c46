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

describe('search excerpts read as prose', () => {
  test('a search for the words around a formula shows no KaTeX text in its excerpts', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const source = '/topics/bone-density-testing/academic/';
    await page.goto(new URL(source, baseUrl()).href, { waitUntil: 'load' });
    // The first paragraph with inline math: its prose words (the query) and its formula's rendered text.
    const { words, math } = await page.evaluate(() => {
      const squash = (node: Element) => node.textContent!.replace(/\s+/g, '');
      // The first paragraph with a formula of some length (a lone symbol would prove nothing).
      const paragraph = [...document.querySelectorAll('p')].find((p) => [...p.querySelectorAll('.katex-html')].some((html) => squash(html).length >= 6))!;
      const formula = [...paragraph.querySelectorAll('.katex')].sort((a, b) => squash(b).length - squash(a).length)[0]!;
      const prose = paragraph.cloneNode(true) as HTMLElement;
      prose.querySelectorAll('.katex, .cite').forEach((node) => node.remove());
      return {
        words: prose.textContent!.split(/\s+/).filter((word) => /^[A-Za-z]{4,}$/.test(word)).slice(0, 3),
        // KaTeX writes each formula twice (MathML for screen readers, HTML for the eye); either would garble an excerpt.
        math: ['.katex-mathml', '.katex-html'].map((part) => squash(formula.querySelector(part)!)),
      };
    });
    expect(words.length).toBeGreaterThanOrEqual(2);
    for (const text of math) expect(text.length).toBeGreaterThanOrEqual(6);
    const { results, status } = await search(page, words.join(' '), 'academic');
    const excerpts = results.filter((result) => result.page === source).flatMap((result) => result.sections.map((section) => section.excerpt.replace(/\s+/g, '')));
    expect(excerpts.length, status).toBeGreaterThan(0);
    for (const excerpt of excerpts) for (const text of math) expect(excerpt).not.toContain(text.slice(0, 6));
    await context.close();
  });
});
