/**
 * A new reader's path through the first topic, in Debian's chromium.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { open, PAGE_TIMEOUT, useBrowser } from './browser';

const ACADEMIC = '/topics/estrogen-dose/academic/';
const browser = useBrowser();

describe('permanent section addresses', () => {
  test('arriving on #section scrolls it clear of the sticky header and highlights it', async () => {
    const { page, errors } = await open(browser(), `${ACADEMIC}#ultra-low-dose`);
    const heading = page.locator('#ultra-low-dose');
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    const section = page.locator('section[data-section="ultra-low-dose"]');
    const highlighted = await section.evaluate((el) => el.matches('.doc-section:has(> .section-heading > :target)'));
    expect(highlighted).toBe(true);
    const background = await section.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
  });

  test('the copy-link control is reachable by keyboard and copies the full section URL', async () => {
    const { page } = await open(browser(), ACADEMIC, { permissions: ['clipboard-read', 'clipboard-write'] });
    const link = page.locator('section[data-section="dose-response"] > .section-heading > .section-link');
    await link.focus();
    await expect.poll(() => link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${ACADEMIC}#dose-response`, page.url()).href);
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('copied');
  });

  test('a copied link opens at its section', async () => {
    const { page } = await open(browser(), `${ACADEMIC}#oral-vs-transdermal`);
    const heading = page.locator('#oral-vs-transdermal');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
  });

  test('the level switcher keeps the reader at the same section at another depth', async () => {
    const { page } = await open(browser(), `${ACADEMIC}#oral-vs-transdermal`);
    const toFundamentals = page.locator('[data-level-switcher] a[data-level="fundamentals"]');
    await expect.poll(() => toFundamentals.getAttribute('href')).toBe('/topics/estrogen-dose/fundamentals/#oral-vs-transdermal');
    await toFundamentals.click();
    await page.waitForURL('**/fundamentals/#oral-vs-transdermal');
    const heading = page.locator('#oral-vs-transdermal');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
  });
});

describe('citations', () => {
  test('focusing a citation opens its popover with the full reference; Escape closes it', async () => {
    const { page } = await open(browser(), ACADEMIC);
    const cite = page.locator('.cite-link').first();
    const tipId = await cite.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    expect(await tip.isVisible()).toBe(false);
    await cite.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const key = await cite.getAttribute('data-cite');
    const listed = await page.locator(`#ref-${key}`).textContent();
    const text = (await tip.textContent())!;
    expect(text.length).toBeGreaterThan(40);
    expect(listed).toContain(text.trim());
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  test('hovering a citation shows its popover, and the link goes to the numbered reference', async () => {
    const { page } = await open(browser(), ACADEMIC);
    const cite = page.locator('.cite-link').first();
    await cite.hover();
    const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    const href = (await cite.getAttribute('href'))!;
    expect(await page.locator(href).count()).toBe(1);
  });
});

describe('reference back-links', () => {
  test('each reference links back to every place the prose cites it, named by section, and a click lands there without JavaScript', async () => {
    const { page } = await open(browser(), ACADEMIC, { javaScriptEnabled: false });
    const entries = page.locator('.references li');
    const keys = await entries.evaluateAll((lis) => lis.map((li) => li.id.replace(/^ref-/, '')));
    expect(keys.length).toBeGreaterThan(3);
    // One back-link per citation marker of that key in the article (components' markers carry no id), in reading order.
    for (const key of keys) {
      const markers = await page.locator(`.article-body .cite-link[data-cite="${key}"][id]`).evaluateAll((links) => links.map((a) => a.id));
      const targets = await page.locator(`[id="ref-${key}"] .backlinks a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets, key).toEqual(markers);
    }
    // A reference cited in several places: its second back-link ("b").
    const many = page.locator('.references li').filter({ has: page.locator('.backlinks a:nth-of-type(2)') }).first();
    const key = (await many.getAttribute('id'))!.replace(/^ref-/, '');
    const number = keys.indexOf(key) + 1;
    const back = many.locator('.backlinks a').nth(1);
    expect(await back.locator('[aria-hidden="true"]').textContent()).toBe('b');
    const name = (await back.locator('.visually-hidden').textContent())!.trim();
    expect(name).toMatch(new RegExp(`^Back to citation ${number} in ‘.+’ \\(place 2 of \\d+\\)$`));
    const target = (await back.getAttribute('href'))!;
    await back.click();
    await page.waitForURL(`**${target}`);
    const marker = page.locator(target);
    expect(await marker.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await marker.getAttribute('data-cite')).toBe(key);
    expect(await marker.textContent()).toBe(String(number));
    await expect.poll(() => marker.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
    expect(await marker.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    // The section the name gives is the one the citation sits in.
    const section = await marker.evaluate((el) => el.closest('section[data-section]')!.querySelector(':is(h2, h3)')!.textContent!.trim());
    expect(name).toContain(`‘${section}’`);
  });

  test('print hides the back-links', async () => {
    const { page } = await open(browser(), ACADEMIC);
    const backlinks = page.locator('.references .backlinks').first();
    expect(await backlinks.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => backlinks.isVisible()).toBe(false);
  });
});

describe('a glossary term tapped on a phone', () => {
  const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
  const PAGE = '/start/osteopenia/';
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const axeViolations = async (page: Page) => {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      type Axe = { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  };

  test('its definition opened in place links to the full glossary entry, once, and the link leads there', async () => {
    // axe is injected as an inline script, which the site's CSP blocks; only this check bypasses it.
    const { page, errors } = await open(browser(), PAGE, { ...PHONE, bypassCSP: true });
    const term = page.locator('.article-body .term').filter({ has: page.locator('a[href="/glossary/#t-score"]') }).first();
    const tip = term.locator('.cite-tip');
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const full = tip.locator('a.term-full');
    await expect.poll(() => full.isVisible()).toBe(true);
    expect(await full.getAttribute('href')).toBe('/glossary/#t-score');
    // Visible text "Full entry"; its accessible name also says which entry and where.
    expect(await full.evaluate((a) => a.firstChild!.textContent)).toBe('Full entry');
    expect(await full.locator('.visually-hidden').textContent()).toBe(' for T-score in the glossary');
    expect(await full.textContent()).toBe('Full entry for T-score in the glossary');
    expect(await axeViolations(page)).toEqual([]);
    // Closed and opened again: still one link.
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await term.locator('.term-link').tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('a.term-full').count()).toBe(1);
    await Promise.all([page.waitForURL(/\/glossary\/#t-score$/), full.tap()]);
    expect(await page.locator('#t-score').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  }, PAGE_TIMEOUT);
});

describe('dose explorer', () => {
  test('works by keyboard and announces the new result', async () => {
    const { page, errors } = await open(browser(), '/topics/estrogen-dose/intermediate/');
    // Widget code loads when the widget nears the viewport; its controls then appear.
    await page.locator('dose-explorer').scrollIntoViewIfNeeded();
    const slider = page.locator('dose-explorer input[type="range"]');
    await expect.poll(() => slider.isVisible()).toBe(true);
    await slider.focus();
    const answer = page.locator('dose-explorer [data-answer]');
    expect(await answer.getAttribute('aria-live')).toBe('polite');
    const before = await answer.textContent();
    expect(before).toContain('0.25 mg/day');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('dose-explorer [data-dose-output]').textContent()).toBe('0.5 mg/day');
    expect(await slider.getAttribute('aria-valuetext')).toBe('0.5 mg/day');
    await expect.poll(() => answer.textContent()).toContain('no placebo-controlled trial');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => answer.textContent()).toContain('spine +7.0');
    // Switch route by keyboard: Tab back to the radios and choose the patch.
    await page.locator('dose-explorer input[value="transdermal"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('dose-explorer [data-dose-output]').textContent()).toBe('14 µg/day');
    await expect.poll(() => answer.textContent()).toContain('Transdermal estradiol 14 µg/day');
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test('articles read and navigate fully: sections, switcher, references, static widget', async () => {
    const { page } = await open(browser(), `${ACADEMIC}#ultra-low-dose`, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('.toc a').count()).toBeGreaterThan(4);
    expect(await page.locator('[data-level-switcher] a').count()).toBe(3);
    expect(await page.locator('.references li').count()).toBeGreaterThan(3);
    // The widget's build-time render: an answer, a chart and the data table.
    expect(await page.locator('dose-explorer [data-answer]').textContent()).toContain('0.25 mg/day');
    expect(await page.locator('dose-explorer svg').count()).toBe(1);
    expect(await page.locator('dose-explorer table tbody tr').count()).toBeGreaterThan(5);
    // Citation popovers are CSS-only, so they still open on focus.
    const cite = page.locator('.cite-link').first();
    await cite.focus();
    expect(await page.locator(`#${await cite.getAttribute('aria-describedby')}`).isVisible()).toBe(true);
  });
});

describe('links that never break', () => {
  test('an aliased old #id lands on the renamed section', async () => {
    const { page } = await open(browser(), `${ACADEMIC}#rankl`);
    await expect.poll(() => new URL(page.url()).hash).toBe('#rankl-opg');
    await expect.poll(() => page.locator('#rankl-opg').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(await page.locator('section[data-section="rankl-opg"]').evaluate((el) => el.classList.contains('is-target'))).toBe(true);
  });

  test('an aliased old page redirects to its new address, without JavaScript too', async () => {
    const { page } = await open(browser(), '/topics/estrogen-dose/basic/', { javaScriptEnabled: false });
    await page.waitForURL('**/topics/estrogen-dose/fundamentals/');
    expect(await page.locator('h1').textContent()).toContain('Estrogen dose');
  });

  test('a short link lands on its section at the plainest depth that has it', async () => {
    const { page } = await open(browser(), '/s/ed-ultra-low-dose/');
    await page.waitForURL('**/topics/estrogen-dose/fundamentals/#ultra-low-dose');
    await expect.poll(() => page.locator('#ultra-low-dose').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
  });
});

describe('trial tables', () => {
  test('ratio intervals keep the two decimals the papers report; a partly randomized study says "enrolled"', async () => {
    // Mosekilde et al., Maturitas 2000 (DOPS): forearm fracture RR 0.45, 95% CI 0.22–0.90, 2016 women.
    const { page } = await open(browser(), '/topics/hormone-therapy-prevention/academic/');
    const table = page.locator('figure.trial-table', { hasText: 'Danish Osteoporosis Prevention Study, comprehensive cohort' });
    expect(await table.locator('tr', { hasText: 'forearm fracture' }).textContent()).toContain('0.22 to 0.90');
    expect(await table.locator('caption').textContent()).toContain('2016 enrolled');
  });
});

describe('safety lines', () => {
  test("a safety line's link opens the owning topic's safety section at the reader's depth, and is left out of print", async () => {
    const { page, errors } = await open(browser(), '/topics/hormone-therapy-prevention/intermediate/');
    const links = page.locator('[data-safety-line="denosumab"] a[data-safety-details]');
    expect(await links.count()).toBeGreaterThan(0);
    const link = links.first();
    expect(await link.getAttribute('href')).toBe('/topics/bisphosphonates-denosumab/intermediate/#stopping-denosumab');
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await link.click();
    await page.waitForURL('**/topics/bisphosphonates-denosumab/intermediate/#stopping-denosumab');
    const heading = page.locator('#stopping-denosumab');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(errors).toEqual([]);
  });
});
