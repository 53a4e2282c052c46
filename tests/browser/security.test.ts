/**
 * Every built page, served with the headers the build wrote (dist/_headers,
 * as `npm start` does), loads in chromium with no request to another host,
 * no console error and no Content-Security-Policy violation, with every
 * lazily loaded widget scrolled into view so its code runs too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

interface Findings {
  foreign: string[];
  errors: string[];
}

/** Watches one page for foreign requests, console errors and CSP violation reports. */
async function watch(page: Page, findings: Findings, current: () => string): Promise<void> {
  const origin = new URL(baseUrl()).origin;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) findings.foreign.push(`${current()}: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') findings.errors.push(`${current()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => findings.errors.push(`${current()}: ${error.message}`));
}

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

  test('every page carries the policy as a <meta> too, for hosts without headers', async () => {
    const missing: string[] = [];
    for (const path of builtPages({ allPrintViews: true })) {
      const html = await (await fetch(new URL(path, baseUrl()))).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head);
      const firstScript = head.search(/<script\b/);
      if (!meta || (firstScript >= 0 && firstScript < head.indexOf(meta[0]))) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  test('no page requests another host, logs an error or violates the policy', async () => {
    const findings: Findings = { foreign: [], errors: [] };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let current = '';
    await watch(page, findings, () => current);
    for (const path of builtPages({ allPrintViews: true })) {
      current = path;
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
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
    }
    // Search compiles Pagefind's WebAssembly and starts its worker under the policy.
    current = '/search/?q=estradiol';
    await page.goto(new URL(current, baseUrl()).href);
    await expect.poll(() => page.locator('[data-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await context.close();
    expect(findings.foreign).toEqual([]);
    expect(findings.errors).toEqual([]);
  }, 480_000);
});
