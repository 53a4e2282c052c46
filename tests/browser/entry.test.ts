/**
 * Entry by the reader's question (issue 15), on a 390 × 844 touch phone:
 * a scripted session per goal that starts at `/` and then only taps visible
 * elements (no `goto` after the start), counting the taps; the start pages'
 * order of answers; the home page and depth hubs grouped by question; and
 * the page tools (Depth, Contents, Top) by touch, by keyboard and with
 * JavaScript off.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A phone session at `/`, with a tap counter; `tap` taps a visible element (Playwright checks it is visible and receives the tap) and waits for any navigation. */
async function phoneSession(b: Browser, options: BrowserContextOptions = {}) {
  const context = await b.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/', baseUrl()).href, { waitUntil: 'load' });
  let taps = 0;
  const tap = async (target: Locator) => {
    // A tap on a link to another page waits for that page; one to an anchor on this page does not navigate.
    const href = await target.evaluate((element) => (element instanceof HTMLAnchorElement ? element.href : ''));
    const other = href && new URL(href).pathname !== new URL(page.url()).pathname ? new URL(href).pathname : undefined;
    await Promise.all([other ? page.waitForURL((url) => url.pathname === other, { waitUntil: 'load' }) : undefined, target.tap()]);
    taps += 1;
  };
  return { context, page, errors, tap, taps: () => taps };
}

/** Whether the element's top edge is on screen (below the top and above the fixed page tools). */
async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    const tools = document.querySelector('.page-tools')?.getBoundingClientRect().top ?? innerHeight;
    return top >= 0 && top < Math.min(innerHeight, tools);
  });
}

const section = (page: Page, id: string) => page.locator(`section.doc-section:has(> .section-heading > [id="${id}"])`);

describe('a phone session from the home page reaches each answer in at most 4 taps', () => {
  test('what osteopenia means', async () => {
    const { context, page, errors, tap, taps } = await phoneSession(browser());
    await tap(page.getByRole('link', { name: /I've been told I have osteopenia/ }));
    expect(new URL(page.url()).pathname).toBe('/start/osteopenia/');
    await tap(page.locator('.toc').getByRole('link', { name: 'What osteopenia means' }));
    const meaning = section(page, 'what-it-means');
    expect(await onScreen(meaning.locator('h2'))).toBe(true);
    await expect.poll(() => meaning.innerText()).toMatch(/Between −1 and −2\.5:\s*low bone mass, also called osteopenia/);
    expect(taps()).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('whether hormone therapy helps bones, and its harms in numbers', async () => {
    const { context, page, errors, tap, taps } = await phoneSession(browser());
    await tap(page.getByRole('link', { name: /I've been told I have osteopenia/ }));
    // The osteopenia page leads on to the hormone-therapy question in its medicines section.
    await tap(page.locator('.article-body').getByRole('link', { name: 'Should I take hormone therapy for my bones?' }).first());
    expect(new URL(page.url()).pathname).toBe('/start/hormone-therapy/');
    await tap(page.locator('.toc').getByRole('link', { name: 'Benefits and harms in numbers' }));
    const numbers = section(page, 'benefits-and-harms');
    expect(await onScreen(numbers.locator('h2'))).toBe(true);
    const text = await numbers.innerText();
    expect(text).toContain('388 fewer broken bones');
    for (const harm of ['79 more strokes', '77 more blood clots', '377 more cases of gallbladder disease']) expect(text).toContain(harm);
    // Estrogen with a progestogen: its hip-fracture benefit beside its harms from the same WHI table.
    expect(text).toContain('6 fewer broken hips');
    for (const harm of ['8 more breast cancers', '9 more strokes', '9 more blood clots in the lungs']) expect(text).toContain(harm);
    expect(taps()).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('what you can do now, through the page tools from mid-page', async () => {
    const { context, page, errors, tap, taps } = await phoneSession(browser());
    await tap(page.getByRole('link', { name: /I've been told I have osteopenia/ }));
    // A swipe down the page (scrolling is not a tap).
    await page.evaluate(() => scrollBy(0, 3000));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await tap(page.locator('.page-tools').getByRole('link', { name: 'Contents' }));
    expect(await onScreen(page.locator('#contents-title'))).toBe(true);
    await tap(page.locator('.toc').getByRole('link', { name: 'What you can do now' }));
    const steps = section(page, 'what-you-can-do-now');
    expect(await onScreen(steps.locator('h2'))).toBe(true);
    expect(await steps.locator('li').count()).toBeGreaterThanOrEqual(3);
    expect(taps()).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('start pages', () => {
  const START = ['/start/osteopenia/', '/start/hormone-therapy/', '/start/broken-bone/'];

  test('the home page offers the start pages before any topic', async () => {
    const { context, page } = await phoneSession(browser());
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const firstStart = hrefs.findIndex((href) => href.startsWith('/start/'));
    const firstTopic = hrefs.findIndex((href) => href.startsWith('/topics/'));
    expect(firstStart).toBeGreaterThanOrEqual(0);
    expect(firstStart).toBeLessThan(firstTopic);
    expect(hrefs.filter((href) => START.includes(href))).toEqual(START);
    // The first start page is on the first screen.
    expect(await onScreen(page.getByRole('link', { name: /I've been told I have osteopenia/ }))).toBe(true);
    await context.close();
  });

  test.each(START)('%s answers in order (meaning, what to do now, medicines, questions), declares its depth and links into topics', async (path) => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
    const ids = await page.locator('.article-body .doc-section-2 > .section-heading > h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    const first = ids[0]!;
    expect(['what-it-means', 'what-it-is']).toContain(first);
    const now = ids.indexOf('what-you-can-do-now');
    const medicines = ids.findIndex((id) => ['medicines', 'benefits-and-harms'].includes(id));
    expect(now).toBe(1);
    expect(medicines).toBeGreaterThan(now);
    expect(ids.at(-1)).toBe('questions');
    expect(await page.locator('.article-header').innerText()).toContain('Fundamentals (plain language) only');
    // Medicines come with their harms: every start page carries at least one safety line.
    expect(await page.locator('[data-safety-line]').count()).toBeGreaterThan(0);
    const topicLinks = await page.locator('.article-body a[href^="/topics/"]').count();
    expect(topicLinks).toBeGreaterThan(0);
    await context.close();
  });

  test('/start/ lists every start page', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    const response = await page.goto(new URL('/start/', baseUrl()).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const hrefs = await page.locator('.start-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(START);
    await context.close();
  });
});

describe('topics grouped by the reader\'s question', () => {
  const GROUPS = ['Find out my risk', 'Prevent bone loss', 'Treat osteoporosis', 'Special situations', 'Understand bone and hormones'];

  test.each(['/', '/fundamentals/', '/intermediate/', '/academic/', '/topics/'])('%s lists topics under the five questions, patient path first, each with a description', async (path) => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
    const groups = page.locator('section.topic-group');
    expect(await groups.locator(':scope > :is(h2, h3)').allInnerTexts()).toEqual(GROUPS);
    let topics = 0;
    for (const group of await groups.all()) {
      expect((await group.locator(':scope > p').first().innerText()).length).toBeGreaterThan(20);
      const cards = await group.locator('.card-list > li').count();
      // An empty group says so instead of showing an empty list.
      if (cards === 0) expect(await group.innerText()).toContain('being written');
      topics += cards;
    }
    expect(topics).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});

describe('page tools on long pages', () => {
  const ARTICLE = '/topics/hormone-therapy-prevention/fundamentals/';

  test('keyboard: Tab reaches Depth, Contents and Top with a visible focus; Enter opens the depth list, which follows the section being read', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL(ARTICLE, baseUrl()).href, { waitUntil: 'load' });
    const met: string[] = [];
    for (let i = 0; i < 40 && met.length < 3; i += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        return { inTools: Boolean(active.closest('.page-tools')), text: active.textContent!.trim(), outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (state.inTools) {
        expect(state.outlined, `${state.text} has a visible focus indicator`).toBe(true);
        met.push(state.text);
      }
    }
    expect(met).toEqual(['Depth: Fundamentals', 'Contents', 'Top of the page']);
    // Read on to a section, then back to the Depth control: Enter opens its list, whose links point at the section in view.
    await page.evaluate(() => document.getElementById('after-stopping')!.scrollIntoView());
    await page.locator('.page-tools summary').focus();
    await page.keyboard.press('Enter');
    const intermediate = page.locator('.page-tools [data-level="intermediate"]');
    await expect.poll(() => intermediate.isVisible()).toBe(true);
    await expect.poll(() => intermediate.getAttribute('href')).toBe('/topics/hormone-therapy-prevention/intermediate/#after-stopping');
    expect(await page.locator('.page-tools [aria-current="page"]').innerText()).toBe('Fundamentals');
    // Top returns to the start of the content.
    await page.locator('.page-tools').getByRole('link', { name: 'Top of the page' }).press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(400);
    await context.close();
  });

  test('the bar is reachable anywhere on the page and covers nothing at the end', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL(ARTICLE, baseUrl()).href, { waitUntil: 'load' });
    const tools = page.locator('.page-tools');
    for (const y of [0, 0.5, 1]) {
      await page.evaluate((f) => scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), y);
      expect(await tools.isVisible()).toBe(true);
      const box = (await tools.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.x).toBeGreaterThanOrEqual(0);
    }
    // At the very end, the last line of the page is above the bar.
    const footerBottom = await page.locator('.site-footer').evaluate((el) => el.getBoundingClientRect().bottom);
    const barTop = (await tools.boundingBox())!.y;
    const lastText = await page.locator('.site-footer p').last().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(lastText).toBeLessThanOrEqual(barTop);
    expect(footerBottom).toBeLessThanOrEqual(844);
    await context.close();
  });

  test('JavaScript off: Contents and Top are plain links and the depth list opens and lists every depth', async () => {
    const context = await browser().newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(ARTICLE, baseUrl()).href, { waitUntil: 'load' });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.locator('.page-tools').getByRole('link', { name: 'Contents' }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#contents-title');
    expect(await onScreen(page.locator('#contents-title'))).toBe(true);
    await page.locator('.page-tools summary').tap();
    const links = page.locator('.page-tools [data-level]');
    await expect.poll(() => links.first().isVisible()).toBe(true);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/topics/hormone-therapy-prevention/fundamentals/',
      '/topics/hormone-therapy-prevention/intermediate/',
      '/topics/hormone-therapy-prevention/academic/',
    ]);
    await page.locator('.page-tools summary').tap();
    await page.locator('.page-tools').getByRole('link', { name: 'Top of the page' }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
    await context.close();
  });

  test('start pages carry the bar too, without a depth list (they exist at one depth)', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL('/start/hormone-therapy/', baseUrl()).href, { waitUntil: 'load' });
    expect(await page.locator('.page-tools a').evaluateAll((as) => as.map((a) => a.textContent))).toEqual(['Contents', 'Top of the page']);
    expect(await page.locator('.page-tools details').count()).toBe(0);
    await context.close();
  });
});

describe('related links', () => {
  test('every article ends with links to related topics at the same depth', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL('/topics/estrogen-dose/academic/', baseUrl()).href, { waitUntil: 'load' });
    const hrefs = await page.locator('nav.related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/topics/hormone-therapy-prevention/academic/', '/topics/hormonal-treatments/academic/']);
    await context.close();
  });

  test('a glossary entry links to where to read more, including its start page', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL('/glossary/', baseUrl()).href, { waitUntil: 'load' });
    const hrefs = await page.locator('dt#osteopenia + dd .related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/start/osteopenia/', '/topics/estrogen-decline/fundamentals/']);
    await context.close();
  });
});

describe('glossary terms on a touch screen', () => {
  const PAGE = '/start/osteopenia/';

  test('a tap opens the definition in place; a second tap, a tap elsewhere or Escape closes it', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL(PAGE, baseUrl()).href, { waitUntil: 'load' });
    const term = page.locator('.article-body .term').filter({ has: page.locator('a[href="/glossary/#t-score"]') }).first();
    const tip = term.locator('.cite-tip');
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    expect(await tip.innerText()).toContain('T-score');
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.locator('.article-body p').first().tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    await context.close();
  });

  test('with JavaScript off, a tap follows the link to the glossary entry', async () => {
    const context = await browser().newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(PAGE, baseUrl()).href, { waitUntil: 'load' });
    await Promise.all([page.waitForURL(/\/glossary\/#t-score$/), page.locator('.article-body a.term-link[href="/glossary/#t-score"]').first().tap()]);
    await context.close();
  });
});
