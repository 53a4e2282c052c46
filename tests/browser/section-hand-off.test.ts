/**
 * Issue 12's hand-off of one section, in Debian's chromium against the built
 * site: the print view of a hormone-therapy Fundamentals section carries its
 * questions, the topic's next steps and a QR code of its same-depth short
 * link; following that link lands on the same depth and section with the
 * arrival box (topic, depth, disclaimer, way to the top) visible, with and
 * without JavaScript and without layout shift; the "Share this section"
 * button copies the link and says so.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, open, PAGE_TIMEOUT } from './browser';

const TOPIC = '/topics/hormone-therapy-prevention/fundamentals/';
const SECTION = 'whi-fractures';
const PRINT = `/print/hormone-therapy-prevention/fundamentals/${SECTION}/`;
const SHORT = `/s/pv/f/${SECTION}/`;

const browser = useBrowser();

/**
 * Decodes the QR code an inline SVG of the page draws. The page's CSP
 * (img-src 'self') forbids drawing it through a data: image, so the SVG is
 * read as the browser parsed it and its modules are drawn here: qrcode's SVG
 * draws dark modules as one path of `M x y` / `m dx dy` moves and `h n`
 * horizontal runs on half-module rows. Then jsQR reads the picture.
 */
async function decodeSvg(page: Page, selector: string, scale = 8): Promise<string | undefined> {
  const { viewBox, d } = await page.locator(selector).evaluate((svg) => ({
    viewBox: svg.getAttribute('viewBox')!,
    d: svg.querySelector('path[stroke]')!.getAttribute('d')!,
  }));
  const modules = Number(viewBox.split(/\s+/)[2]);
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = Math.floor(y);
      for (let col = x; col < x + Number(a); col++) {
        for (let py = row * scale; py < (row + 1) * scale; py++) {
          for (let px = col * scale; px < (col + 1) * scale; px++) data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
        }
      }
      x += Number(a);
    }
  }
  return jsQR(data, size, size)?.data;
}

/** Sum of layout-shift scores since the page started loading (Layout Instability API). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 800);
      }),
  );
}

describe('print view of a hormone-therapy Fundamentals section', () => {
  test('carries its own questions, the topic\'s next steps, and a QR code of its same-depth short link', async () => {
    const { page, errors } = await open(browser(), PRINT);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Questions to ask your clinician');
    expect(text).toContain('What harms did the same studies count');
    expect(text).toContain('What you can do now');
    expect(text).toContain('do not stop or change it on your own');
    // The section's own questions, not the page's general list.
    expect(text).not.toContain('General questions from this page');

    const svg = page.locator('.print-address svg');
    expect(await svg.count()).toBe(1);
    const decoded = await decodeSvg(page, '.print-address svg');
    expect(decoded, 'the QR code did not decode').toBeDefined();
    const url = new URL(decoded!);
    expect(url.pathname).toBe(SHORT);
    // "Read online" gives the same address as the QR code.
    const readOnline = page.locator('.print-address a');
    expect(await readOnline.textContent()).toBe(decoded);
    expect(await readOnline.getAttribute('href')).toBe(SHORT);
    expect(await svg.getAttribute('aria-label')).toBe(`QR code of ${decoded}`);
    expect(errors).toEqual([]);
  });

  test('an Academic print view carries its same-depth short link and leaves the patient steps to Fundamentals', async () => {
    const { page } = await open(browser(), '/print/hormone-therapy-prevention/academic/whi-fractures/');
    expect(await page.locator('.next-steps').count()).toBe(0);
    expect(new URL((await decodeSvg(page, '.print-address svg'))!).pathname).toBe(`/s/pv/a/${SECTION}/`);
  });
});

describe('arriving through a short link', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`lands on the same depth and section with the context box visible (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page } = await open(browser(), SHORT, { javaScriptEnabled });
      await page.waitForURL(`**${TOPIC}#shared-${SECTION}`);
      await page.waitForLoadState('load');
      const box = page.locator(`#shared-${SECTION}`);
      await expect.poll(() => box.isVisible(), { timeout: 10_000 }).toBe(true);
      const text = await box.innerText();
      expect(text).toContain('Can hormone therapy prevent osteoporosis?');
      expect(text).toContain('Fundamentals');
      expect(text).toContain('not medical advice');
      expect(await box.locator('a').getAttribute('href')).toBe(TOPIC);
      // The box sits right above its section, and both are in view.
      const next = await box.evaluate((el) => el.nextElementSibling?.getAttribute('data-section'));
      expect(next).toBe(SECTION);
      const top = await box.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
      expect(await page.locator(`#${SECTION}`).evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(900);
      // Only the targeted box shows: the page is not cluttered with the others.
      expect(await page.locator('.arrival:visible').count()).toBe(1);
    });
  }

  test('a plain visit shows no context box and does not shift; an arrival stays within a good layout-shift score', async () => {
    const plain = await open(browser(), TOPIC);
    expect(await plain.page.locator('.arrival:visible').count()).toBe(0);
    expect(await layoutShift(plain.page)).toBeLessThan(0.01);
    // Chromium may paint the page before it applies :target, so the box can
    // appear one frame late (measured 0.07 here; arriving at a plain
    // #section of this page measured 0 to 0.12 on the same build). Web
    // Vitals call a score under 0.1 good.
    const arrived = await open(browser(), SHORT);
    await arrived.page.waitForURL(`**#shared-${SECTION}`);
    expect(await layoutShift(arrived.page)).toBeLessThan(0.1);
  });
});

describe('"Share this section"', () => {
  test('copies the same-depth short link and shows and announces "Copied"', async () => {
    const { page, errors } = await open(browser(), TOPIC, { permissions: ['clipboard-read', 'clipboard-write'] });
    const bar = page.locator(`section[data-section="${SECTION}"] > [data-share]`);
    const button = bar.getByRole('button', { name: 'Share this section' });
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await bar.locator('a[data-share-link]').textContent()).toBe(SHORT);
    // Desktop chromium here has no share sheet, so the button copies.
    expect(await page.evaluate(() => typeof navigator.share)).not.toBe('function');
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(SHORT, page.url()).href);
    const status = bar.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Copied');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await bar.locator('button').textContent()).toBe('Copied');
    expect(errors).toEqual([]);
  });

  test('uses the native share sheet where the browser has one', async () => {
    const { page } = await open(browser(), TOPIC);
    await page.evaluate(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data), configurable: true });
    });
    await page.locator(`section[data-section="${SECTION}"] > [data-share] button`).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared)).toEqual([expect.objectContaining({ url: new URL(SHORT, page.url()).href })]);
  });

  test('without JavaScript the short link is shown as text and the button is not', async () => {
    const { page } = await open(browser(), TOPIC, { javaScriptEnabled: false });
    const bar = page.locator(`section[data-section="${SECTION}"] > [data-share]`);
    expect(await bar.locator('a[data-share-link]').isVisible()).toBe(true);
    expect(await bar.locator('button').isVisible()).toBe(false);
  });
});

describe('axe-core (WCAG 2.2 AA) on the hand-off', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // The print view (and the topic page) as loaded are checked by every-page.test.ts; the
  // arrival through a short link, with its context box shown, is a state only this test reaches.
  const cases = (['light', 'dark'] as const).map((colorScheme) => [SHORT, colorScheme] as const);
  test.each(cases)('%s passes (%s)', async (url, colorScheme) => {
    // axe is injected as an inline script, which the site's CSP blocks; only these checks bypass it.
    const { page } = await open(browser(), url, { bypassCSP: true, colorScheme });
    if (url === SHORT) await page.waitForURL(`**#shared-${SECTION}`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      type Axe = { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
  }, PAGE_TIMEOUT * 2);
});
