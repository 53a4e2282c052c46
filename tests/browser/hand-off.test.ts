/**
 * Issue 5's hand-off and finding-things checks, in Debian's chromium against
 * the built site: search lands on a section, and the share control's links and
 * QR code (its same-depth short link) lead to the right section. That every
 * page fits a 320 px screen and every per-section print view fits on two A4
 * and Letter pages (three with subsections) is checked in the one visit of
 * every-page.test.ts (checks/narrow.ts, checks/print-fit.ts).
 */
import jsQR from 'jsqr';
import { resolveOrigin } from '../../src/lib/site/origin';
import { describe, expect, test } from 'vitest';
import { open, useBrowser } from './browser';

const ACADEMIC = '/topics/estrogen-decline/academic/';
const browser = useBrowser();

describe('search (Pagefind)', () => {
  test('finds a section by a phrase from its text and lands on it', async () => {
    // Take a phrase straight from one section of the built page, so the test
    // follows the content instead of hard-coding it.
    const { page: article } = await open(browser(), '/topics/estrogen-decline/intermediate/');
    const target = article.locator('section.doc-section-2').nth(2);
    const sectionId = await target.getAttribute('data-section');
    const paragraph = (await target.locator(':scope > p').first().innerText()).replace(/\[[\d,–\s]+\]/g, ' ');
    const phrase = paragraph.split(/\s+/).filter((word) => /^[A-Za-z]{4,}$/.test(word)).slice(0, 4).join(' ');
    expect(phrase.split(' ')).toHaveLength(4);

    const { page, errors } = await open(browser(), `/search/?q=${encodeURIComponent(phrase)}&depth=intermediate`);
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 10_000 }).toMatch(/match/);
    // The page the phrase came from (other pages may rank above it for four common words as topics are added).
    const result = page.locator('[data-results] > li').filter({ has: page.locator('h2 a[href="/topics/estrogen-decline/intermediate/"]') });
    const sectionLink = result.locator(`ul a[href$="#${sectionId}"]`);
    await expect.poll(() => sectionLink.count()).toBeGreaterThan(0);
    // Every result carries its depth, and the depth filter kept only Intermediate pages.
    const badges = await page.locator('[data-results] .result-depth').allTextContents();
    expect(new Set(badges)).toEqual(new Set(['Intermediate']));

    await sectionLink.first().click();
    await page.waitForURL(`**/topics/estrogen-decline/intermediate/#${sectionId}`);
    await expect.poll(() => page.locator(`#${sectionId}`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(errors).toEqual([]);
  });

  test('the depth filter and query live in the address, and a bad depth is ignored with a note', async () => {
    const { page } = await open(browser(), '/search/?q=rankl&depth=<b>x</b>');
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 10_000 }).toMatch(/match/);
    expect(await page.locator('[data-url-note]').textContent()).toContain('Depth must be one of');
    expect(await page.locator('[data-url-note] b').count()).toBe(0);
    expect(await page.locator('input[name="depth"][value="all"]').isChecked()).toBe(true);
    // Results from several depths come back when no filter is set.
    const badges = new Set(await page.locator('[data-results] .result-depth').allTextContents());
    expect(badges.size).toBeGreaterThan(1);
    await page.locator('input[name="depth"][value="fundamentals"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe('fundamentals');
    await expect.poll(async () => new Set(await page.locator('[data-results] .result-depth').allTextContents())).toEqual(new Set(['Fundamentals']));
  });

  test('without JavaScript the page lists every section instead', async () => {
    const { page } = await open(browser(), '/search/', { javaScriptEnabled: false });
    expect(await page.locator('[data-needs-js]').isVisible()).toBe(true);
    expect(await page.locator(`#every-section ~ section a[href="${ACADEMIC}#remodeling"]`).count()).toBe(1);
  });
});

describe('share control', () => {
  test('"plain-language version" links land on the matching Fundamentals section', async () => {
    const { page } = await open(browser(), ACADEMIC);
    const sections = await page.locator('section.doc-section-2').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')!));
    const fundamentals = await open(browser(), '/topics/estrogen-decline/fundamentals/');
    const plainIds = new Set(await fundamentals.page.locator('section.doc-section').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')!)));
    const shared = sections.filter((id) => plainIds.has(id));
    expect(shared.length).toBeGreaterThan(2);
    for (const id of shared) {
      const link = page.locator(`section[data-section="${id}"] > details.share a`, { hasText: 'plain-language' });
      expect(await link.getAttribute('href')).toBe(`/topics/estrogen-decline/fundamentals/#${id}`);
    }
    // Follow one for real: open the control, click, land on the section.
    const id = shared[1]!;
    const summary = page.locator(`section[data-section="${id}"] > details.share summary`);
    // Centre it first: Playwright's own scroll can leave it at the screen's foot, under the fixed page-tools bar.
    await summary.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await summary.click();
    await page.locator(`section[data-section="${id}"] > details.share a`, { hasText: 'plain-language' }).click();
    await page.waitForURL(`**/topics/estrogen-decline/fundamentals/#${id}`);
    await expect.poll(() => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    expect(await page.locator(`section[data-section="${id}"]`).evaluate((el) => el.classList.contains('is-target') || el.matches(':has(:target)'))).toBe(true);
  });

  test('the QR code decodes to the section\'s same-depth short link', async () => {
    const { page } = await open(browser(), ACADEMIC);
    const id = 'remodeling';
    const img = page.locator(`section[data-section="${id}"] > details.share .share-qr img`);
    const src = await img.getAttribute('src');
    expect(src).toBe(`/qr/estrogen-decline/academic/${id}.svg`);
    // Rasterise the served SVG at 4× in the page, then decode it in Node.
    const pixels = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const size = 528;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(image, 0, 0, size, size);
      // One character per pixel (its red value; the code is black on white, so
      // grey): a 528 × 528 array of numbers took seconds to serialise under load.
      const rgba = context.getImageData(0, 0, size, size).data;
      let grey = '';
      for (let i = 0; i < rgba.length; i += 4) grey += String.fromCharCode(rgba[i]!);
      return { grey, size };
    }, src!);
    const data = new Uint8ClampedArray(pixels.size * pixels.size * 4);
    for (let i = 0; i < pixels.grey.length; i++) data.set([pixels.grey.charCodeAt(i), pixels.grey.charCodeAt(i), pixels.grey.charCodeAt(i), 255], i * 4);
    const decoded = jsQR(data, pixels.size, pixels.size);
    expect(decoded, 'the QR image did not decode').not.toBeNull();
    const url = new URL(decoded!.data);
    // The build's origin: STRATA_SITE_URL, or the local preview address without it.
    expect(url.origin).toBe(new URL(resolveOrigin(process.env.STRATA_SITE_URL).url).origin);
    // The same-depth short link (tests/browser/section-hand-off.test.ts follows one).
    expect(url.pathname).toBe(`/s/dc/a/${id}/`);
  });
});
