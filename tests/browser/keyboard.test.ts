/**
 * Keyboard-only walkthroughs: every widget is reached by Tab in reading
 * order with a visible focus indicator and no trap; popovers open on focus
 * and close on Escape; the share panel opens with Enter, closes with Escape
 * and gives focus back; and the arrival animation respects
 * prefers-reduced-motion.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { open, useBrowser } from './browser';

const browser = useBrowser();

/** Tab stops a keyboard user should meet inside `root`: one per radio group, in DOM order. */
async function expectedStops(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((element) => {
    const seen = new Set<string>();
    const stops: string[] = [];
    const focusable = element.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]');
    focusable.forEach((control, index) => {
      if (control.closest('[hidden], details:not([open]) > :not(summary)') || control.offsetParent === null) return;
      if ((control as HTMLInputElement).disabled) return;
      if (control instanceof HTMLInputElement && control.type === 'radio') {
        if (seen.has(control.name)) return;
        seen.add(control.name);
        const checked = element.querySelector<HTMLInputElement>(`input[type="radio"][name="${control.name}"]:checked`) ?? control;
        control = checked;
      }
      control.dataset.stop = String(index);
      stops.push(control.dataset.stop);
    });
    return stops;
  });
}

/** Presses Tab until focus has passed through `root` and left it; returns the stops met inside and their focus styles. */
async function tabThrough(page: Page, root: string, maxPresses = 200) {
  const met: { stop: string; outlined: boolean }[] = [];
  let entered = false;
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((selector) => {
      const active = document.activeElement as HTMLElement | null;
      const inside = Boolean(active && active.closest(selector));
      const style = active ? getComputedStyle(active) : undefined;
      const outlined = Boolean(style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'));
      return { inside, stop: active?.dataset.stop ?? `unexpected:${active?.tagName}.${active?.className}`, outlined };
    }, root);
    if (state.inside) {
      entered = true;
      met.push({ stop: state.stop, outlined: state.outlined });
    } else if (entered) {
      return { met, left: true };
    }
  }
  return { met, left: false };
}

const WIDGETS: Array<[string, string]> = [
  ['/tools/dose-explorer/', 'dose-explorer'],
  ['/tools/t-score/', 't-score-calculator'],
  ['/tools/absolute-risk/', 'absolute-risk'],
  ['/tools/remodeling/', 'remodeling-simulator'],
  ['/tools/forest-plot/', 'forest-plot'],
  ['/search/', 'strata-search'],
];

describe('every widget by keyboard alone', () => {
  test.each(WIDGETS)('%s: Tab reaches each control of <%s> in order, visibly, and moves on', async (url, tag) => {
    const { page, errors } = await open(browser(), url);
    await page.locator(tag).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${tag} [data-controls], ${tag} form`).first().isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const stops = await expectedStops(page, tag);
    expect(stops.length).toBeGreaterThan(0);
    const { met, left } = await tabThrough(page, tag);
    expect(met.map((m) => m.stop)).toEqual(stops);
    expect(met.filter((m) => !m.outlined).map((m) => m.stop), 'controls without a visible focus indicator').toEqual([]);
    expect(left, 'focus never left the widget: a keyboard trap').toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('popovers and panels by keyboard', () => {
  test('a glossary term shows its definition on focus and hides it on Escape, keeping focus', async () => {
    const { page } = await open(browser(), '/topics/estrogen-decline/fundamentals/');
    const term = page.locator('.term-link').first();
    await term.focus();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('the share panel opens with Enter, is walked with Tab, closes with Escape and returns focus', async () => {
    const { page } = await open(browser(), '/topics/estrogen-decline/academic/');
    const share = page.locator('section[data-section="remodeling"] > details.share');
    await share.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await share.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this section');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('plain-language version');
    await page.keyboard.press('Escape');
    expect(await share.getAttribute('open')).toBeNull();
    expect(await share.locator('summary').evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('the skip link is the first Tab stop and moves focus to the content', async () => {
    const { page } = await open(browser(), '/topics/estrogen-dose/intermediate/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('prefers-reduced-motion', () => {
  test('arriving on a section highlights it without animation when the reader asks for less motion', async () => {
    const reduced = await open(browser(), '/topics/estrogen-dose/academic/#ultra-low-dose', { reducedMotion: 'reduce' });
    const section = (page: Page) => page.locator('section[data-section="ultra-low-dose"]');
    expect(await section(reduced.page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await section(reduced.page).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const moving = await open(browser(), '/topics/estrogen-dose/academic/#ultra-low-dose', { reducedMotion: 'no-preference' });
    expect(await section(moving.page).evaluate((el) => getComputedStyle(el).animationName)).toBe('arrive');
  });
});
