/**
 * A new reader's path through the first topic, in Debian's chromium.
 */

import { describe, expect, test } from 'vitest';
import { open, useBrowser } from './browser';

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
