/**
 * A pooled tab's watchers for the every-page visit: responses, requests to
 * other hosts, console errors, uncaught exceptions and CSP violation reports,
 * and the requests still in flight, so the runner can wait for the network
 * to go quiet (a state) instead of Playwright's `networkidle` (a fixed 500 ms
 * of silence on every page).
 */
import type { Page, Request, Response } from 'playwright-core';
import { frames } from './visit';

export interface Tab {
  responses: Response[];
  foreign: string[];
  errors: string[];
  /** Clears what the previous visit found. */
  reset(): void;
  /** Resolves once no request has been in flight across two animation frames. */
  quiet(): Promise<void>;
  /**
   * CPU seconds the tab's renderer main thread has spent so far (DevTools
   * `Performance.getMetrics` ThreadTime): unlike wall time, it hardly
   * changes with the machine's load, so the profile can compare code on a
   * shared machine. Only differences within one visit mean anything.
   */
  cpu(): Promise<number>;
}

/** Sets up the watchers on a new tab (PagePool's `prepare`), with the HTTP cache off so every visit downloads what a first visit does. */
export async function prepareTab(page: Page, origin: string): Promise<Tab> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });

  const inflight = new Set<Request>();
  let onEmpty: Array<() => void> = [];
  const done = (request: Request) => {
    inflight.delete(request);
    if (inflight.size === 0) {
      const waiting = onEmpty;
      onEmpty = [];
      for (const resolve of waiting) resolve();
    }
  };
  const tab: Tab = {
    responses: [],
    foreign: [],
    errors: [],
    reset() {
      tab.responses.length = 0;
      tab.foreign.length = 0;
      tab.errors.length = 0;
    },
    async quiet() {
      for (let calm = 0; calm < 2; ) {
        if (inflight.size > 0) await new Promise<void>((resolve) => onEmpty.push(resolve));
        // A round trip through the page's frames: a request the page starts
        // meanwhile (a widget's code after an IntersectionObserver callback)
        // is reported before the page answers.
        await frames(page);
        calm = inflight.size === 0 ? calm + 1 : 0;
      }
    },
    async cpu() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0;
    },
  };
  const where = () => new URL(page.url()).pathname;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    inflight.add(request);
    if (url.origin !== origin) tab.foreign.push(`${where()}: ${request.url()}`);
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => tab.responses.push(response));
  page.on('console', (message) => {
    if (message.type() === 'error') tab.errors.push(`${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => tab.errors.push(`${where()}: ${error.message}`));
  return tab;
}
