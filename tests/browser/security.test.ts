/**
 * Every built page, served with the headers the build wrote (dist/_headers,
 * as `npm start` does), carries the policy as a <meta> and loads in chromium
 * with no request to another host, no console error and no
 * Content-Security-Policy violation, with every lazily loaded widget
 * scrolled into view so its code runs too. One test per page, each bounded
 * by PAGE_TIMEOUT, sharing one browser and a small pool of tabs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, PAGE_TIMEOUT, PagePool, useBrowser } from './browser';

const browser = useBrowser();

interface Findings {
  foreign: string[];
  errors: string[];
}

/** Watches one tab for foreign requests, console errors and CSP violation reports; each entry names the page it came from. */
async function watch(page: Page): Promise<Findings> {
  const findings: Findings = { foreign: [], errors: [] };
  const origin = new URL(baseUrl()).origin;
  const where = () => new URL(page.url(), baseUrl()).pathname;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) findings.foreign.push(`${where()}: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') findings.errors.push(`${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => findings.errors.push(`${where()}: ${error.message}`));
  return findings;
}

const pool = new PagePool(browser, {}, watch);
beforeAll(() => pool.warm());
afterAll(() => pool.close());

describe('security headers and privacy', () => {
  test('the local server sends the security headers on pages and assets', async () => {
    for (const path of ['/', '/topics/estrogen-dose/academic/', '/favicon.svg']) {
      const response = await fetch(new URL(path, baseUrl()));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
    }
  });

  describe.concurrent('every page', () => {
    test.each(builtPages({ allPrintViews: true }))(
      '%s carries the policy as a <meta> and requests no other host, logs no error, violates no policy',
      async (pagePath) => {
        // The <meta> comes before any script, for hosts that send no headers.
        const html = await (await fetch(new URL(pagePath, baseUrl()))).text();
        const head = html.slice(0, html.indexOf('</head>'));
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head);
        expect(meta, 'no CSP <meta> in <head>').not.toBeNull();
        const firstScript = head.search(/<script\b/);
        if (firstScript >= 0) expect(head.indexOf(meta![0]), 'the CSP <meta> comes after a <script>').toBeLessThan(firstScript);

        const findings = await pool.use(async (page, found) => {
          found.foreign.length = 0;
          found.errors.length = 0;
          await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
          // Bring every lazily loaded widget into view so its script runs.
          const widgets = await page.evaluate(async () => {
            const visible = [...document.querySelectorAll<HTMLElement>('.widget')].filter((widget) => widget.offsetParent !== null);
            for (const widget of visible) {
              widget.scrollIntoView();
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            return visible.length;
          });
          if (widgets > 0) await page.waitForLoadState('networkidle');
          return { foreign: [...found.foreign], errors: [...found.errors] };
        });
        expect(findings.foreign).toEqual([]);
        expect(findings.errors).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });

  test('search compiles Pagefind\'s WebAssembly and starts its worker under the policy', async () => {
    const findings = await pool.use(async (page, found) => {
      found.foreign.length = 0;
      found.errors.length = 0;
      await page.goto(new URL('/search/?q=estradiol', baseUrl()).href);
      await expect.poll(() => page.locator('[data-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      return { foreign: [...found.foreign], errors: [...found.errors] };
    });
    expect(findings.foreign).toEqual([]);
    expect(findings.errors).toEqual([]);
  }, PAGE_TIMEOUT);
});
