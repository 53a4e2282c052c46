/**
 * Declared depth gaps (content/depth-gaps.yaml): switching depth from a
 * section that the other depth does not have lands on the section the
 * declaration names there, with JavaScript and without it.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, open } from './browser';

// estrogen-dose `#dose-tiers` exists at Intermediate and Academic; the
// declaration sends Fundamentals readers to `#dose-response`.
const FROM = '/topics/estrogen-dose/academic/#dose-tiers';
const LANDING = '/topics/estrogen-dose/fundamentals/#dose-response';

const browser = useBrowser();

describe('switching depth from a declared-gap section', () => {
  test('the level switcher says Fundamentals has no such section and lands on the declared one', async () => {
    const { page, errors } = await open(browser(), FROM);
    const toFundamentals = page.locator('[data-level-switcher] a[data-level="fundamentals"]');
    await expect.poll(() => toFundamentals.getAttribute('href')).toBe(LANDING);
    const note = page.locator('[data-level-switcher-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Fundamentals has no section “Dose tiers and the conversion problem”/);
    // The Intermediate page has #dose-tiers, so its link keeps the section.
    expect(await page.locator('[data-level-switcher] a[data-level="intermediate"]').getAttribute('href')).toBe('/topics/estrogen-dose/intermediate/#dose-tiers');
    await toFundamentals.click();
    await page.waitForURL(`**${LANDING}`);
    const heading = page.locator('#dose-response');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('on a section every depth has, the switcher shows no gap note', async () => {
    const { page } = await open(browser(), '/topics/estrogen-dose/academic/#oral-vs-transdermal');
    const toFundamentals = page.locator('[data-level-switcher] a[data-level="fundamentals"]');
    await expect.poll(() => toFundamentals.getAttribute('href')).toBe('/topics/estrogen-dose/fundamentals/#oral-vs-transdermal');
    expect(await page.locator('[data-level-switcher-note]').isVisible()).toBe(false);
  });

  test('without JavaScript, the section itself links to the declared section at the other depth', async () => {
    const { page } = await open(browser(), FROM, { javaScriptEnabled: false });
    const note = page.locator('section[data-section="dose-tiers"] .depth-gap-note');
    expect(await note.textContent()).toBe('The Fundamentals page has no section like this one. Go to the closest section at Fundamentals.');
    const link = note.locator('a[data-depth-gap-link="fundamentals"]');
    expect(await link.getAttribute('href')).toBe(LANDING);
    await link.click();
    await page.waitForURL(`**${LANDING}`);
    const heading = page.locator('#dose-response');
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
  });
});
