/**
 * The security headers the build wrote (dist/_headers, served as `npm start`
 * does), and search's WebAssembly and worker under the policy. That every
 * page carries the policy as a <meta> and loads with no request to another
 * host, no console error and no CSP violation, with every widget's code run,
 * is checked in the one visit of every-page.test.ts (checks/security.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, PAGE_TIMEOUT, PagePool, useBrowser } from './browser';

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

const pool = new PagePool(browser, {}, watch, 1);
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
