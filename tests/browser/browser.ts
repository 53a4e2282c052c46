import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's chromium; browser downloads are not possible on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
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

/** Every HTML page in dist/, as site paths (`/topics/x/academic/`). */
export function builtPages(): string[] {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${path.relative(dist, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(dist);
  return out.sort();
}
