import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { builtPages as listBuiltPages } from '../../scripts/built-pages.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { POOL_SIZE } from './pool-size';

/** Launches Debian's chromium (scripts/chromium.mjs). */
export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * One chromium for the calling test file: launched before its tests
 * (beforeAll), closed after them (afterAll, which vitest runs after the
 * file's own later-registered afterAll hooks, e.g. a PagePool's close).
 * Returns a getter, since the browser exists only once the tests run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): chromium is not running yet; call the getter inside a test or hook, not at import time.');
    return browser;
  };
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

/** HTML pages in dist/ other than redirects, every per-section print view included, as site paths (`/topics/x/academic/`). */
export function builtPages(): string[] {
  return listBuiltPages(path.resolve(import.meta.dirname, '../../dist')) as string[];
}

export { POOL_SIZE } from './pool-size';

/**
 * Time bound of one per-page test (load, checks, waiting for a free tab):
 * `STRATA_PAGE_TIMEOUT` ms, default 60 s. A page takes 1–3 s on an idle
 * 2-core machine; the margin is for a machine shared with other builds,
 * where a single axe run was measured at up to 20 s.
 */
export const PAGE_TIMEOUT = Number(process.env.STRATA_PAGE_TIMEOUT) || 60_000;

/**
 * A small pool of tabs, each in its own context of one shared browser, that
 * per-page tests borrow in turn: a test per page costs a navigation, not a
 * new browser or context, so the suite's time grows with the pages and not
 * with the number of tests. `prepare` runs once per new tab (listeners, init
 * scripts); `T` is the per-tab state it returns (e.g. the findings a watcher
 * fills in).
 */
export class PagePool<T> {
  private idle: Array<{ page: Page; state: T }> = [];
  private waiting: Array<(entry: { page: Page; state: T }) => void> = [];
  private created = 0;
  private contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: () => Browser,
    private readonly options: BrowserContextOptions,
    private readonly prepare: (page: Page) => Promise<T> | T,
    private readonly size = POOL_SIZE,
  ) {}

  /** Runs `work` on a free tab (opening one if the pool is not full yet) and returns the tab afterwards. */
  async use<R>(work: (page: Page, state: T) => Promise<R>): Promise<R> {
    const entry = await this.acquire();
    try {
      return await work(entry.page, entry.state);
    } finally {
      this.release(entry);
    }
  }

  private release(entry: { page: Page; state: T }): void {
    const next = this.waiting.shift();
    if (next) next(entry);
    else this.idle.push(entry);
  }

  /** Opens every tab of the pool up front (call in beforeAll), so no per-page test pays for starting a context. */
  async warm(): Promise<void> {
    const entries = await Promise.all(Array.from({ length: this.size - this.created }, () => this.acquire()));
    for (const entry of entries) this.release(entry);
  }

  /** Closes every context of the pool. */
  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }

  private async acquire(): Promise<{ page: Page; state: T }> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.created < this.size) {
      this.created += 1;
      const context = await this.browser().newContext({ viewport: { width: 1280, height: 900 }, ...this.options });
      this.contexts.push(context);
      const page = await context.newPage();
      return { page, state: await this.prepare(page) };
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
