/**
 * Measures what a browser downloads when it first loads a page: every
 * response until the network is idle, grouped by type, raw and gzip-compressed
 * bytes, and the request count. Stylesheets inlined in the page (`<style>`)
 * arrive inside the HTML, so they are also reported on their own as
 * `inlineCss` (their text, raw and gzipped alone), to be counted with CSS.
 * Shared by `npm run bench:size`, `npm run bench:pages` and the browser test
 * that holds pages to their JavaScript budgets.
 */
import { gzipSync } from 'node:zlib';

/** JavaScript budgets (gzip bytes) from the project brief. */
export const BUDGETS = { jsWithoutWidgets: 3 * 1024, jsWithWidgets: 12 * 1024 };

/** The kind of a downloaded resource (font, js, css, html, image, other), from its URL and content type. */
export function resourceKind(url, contentType) {
  if (/\.woff2?$|font\//.test(url + contentType)) return 'font';
  if (/javascript/.test(contentType) || /\.m?js$/.test(url)) return 'js';
  if (/css/.test(contentType)) return 'css';
  if (/html/.test(contentType)) return 'html';
  if (/image\//.test(contentType)) return 'image';
  return 'other';
}

/** Loads `url` in a fresh context of `browser` (playwright) and returns its weight. */
export async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  const hasWidget = await page.evaluate(() => document.querySelector('.widget') !== null);
  const inlineStyles = Buffer.from(await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('')));
  const totals = {};
  const files = [];
  for (const response of responses) {
    if (response.status() >= 300) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = resourceKind(response.url(), response.headers()['content-type'] ?? '');
    const gzip = gzipSync(body, { level: 9 }).length;
    totals[type] ??= { raw: 0, gzip: 0, requests: 0 };
    totals[type].raw += body.length;
    totals[type].gzip += gzip;
    totals[type].requests += 1;
    files.push({ url: response.url(), type, raw: body.length, gzip });
  }
  await context.close();
  const all = Object.values(totals).reduce((a, t) => ({ raw: a.raw + t.raw, gzip: a.gzip + t.gzip, requests: a.requests + t.requests }), { raw: 0, gzip: 0, requests: 0 });
  const inlineCss = { raw: inlineStyles.length, gzip: inlineStyles.length === 0 ? 0 : gzipSync(inlineStyles, { level: 9 }).length };
  const jsGzip = totals.js?.gzip ?? 0;
  const budget = hasWidget ? BUDGETS.jsWithWidgets : BUDGETS.jsWithoutWidgets;
  return { url, hasWidget, totals, inlineCss, all, files, jsGzip, jsBudget: budget, withinBudget: jsGzip <= budget };
}
