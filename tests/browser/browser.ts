import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { builtPages as listBuiltPages } from '../../scripts/built-pages.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

export function launch(): Promise<Browser> {
  return launchChromium();
}

export const baseUrl = () => inject('baseUrl');

/** Opens a page and collects console errors and uncaught exceptions. */
export async function open(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(url, baseUrl()).href, { waitUntil: 'load' });
  return { page, errors };
}

/**
 * HTML pages in dist/, as site paths (`/topics/x/academic/`). Per-section
 * print views share one template, so one of them stands for all by default.
 */
export function builtPages({ allPrintViews = false } = {}): string[] {
  const pages = listBuiltPages(path.resolve(import.meta.dirname, '../../dist')) as string[];
  if (allPrintViews) return pages;
  const firstPrint = pages.find((p) => p.startsWith('/print/'));
  return pages.filter((p) => !p.startsWith('/print/') || p === firstPrint);
}
