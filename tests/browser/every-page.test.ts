/**
 * Every built page (every per-section print view included), visited once in
 * chromium, with every per-page check of tests/browser/every-page/checks/
 * run in that one visit: axe in both colour schemes, the JavaScript budget,
 * the CSP <meta>, no request to another host / console error / CSP
 * violation, no words run together, KaTeX font coverage, no sideways scroll
 * and readable chart text at 320 px, print views on two A4 and Letter pages
 * with the paired harms of every benefit they state, and each article's
 * review dates and change log. One test per page, bounded by 2 × PAGE_TIMEOUT, on a small pool of tabs
 * of one browser; a failure names the page and, in its diff, the check.
 *
 * STRATA_PAGE_PROFILE=<file> writes each page's load and per-check times
 * (ms) to that JSON file (the README's cost per added page comes from it).
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, PAGE_TIMEOUT, PagePool, useBrowser } from './browser';
import { CHECKS } from './every-page/checks';
import { printedToPdf, PAPERS } from './every-page/checks/print-fit';
import { printViewsWithBenefits } from './every-page/checks/print-harms';
import { prepareTab, type Tab } from './every-page/tab';
import { frames, kindOf, PHASES, type Phase, type Visit } from './every-page/visit';

const pages = builtPages();
/** How long a widget scrolled into view may take to load its code (ms). */
const WIDGET_WAIT = 15_000;
const browser = useBrowser();
const pool = new PagePool<Tab>(browser, {}, (page) => prepareTab(page, new URL(baseUrl()).origin));
beforeAll(() => pool.warm());
afterAll(() => pool.close());

const profile: Array<{ path: string; kind: string; ms: Record<string, number>; cpu: Record<string, number> }> = [];
afterAll(() => {
  if (process.env.STRATA_PAGE_PROFILE) writeFileSync(process.env.STRATA_PAGE_PROFILE, `${JSON.stringify(profile, null, 1)}\n`);
});

/** Puts the tab in the state a phase's checks read (see every-page/visit.ts). */
async function enter(phase: Phase, visit: Visit, tab: Tab): Promise<void> {
  const { page } = visit;
  if (phase === 'widgets') {
    // Bring each visible widget into view in turn and wait until it is
    // defined (its code loaded and run: it is drawn) before the next, so each
    // stays in view for its IntersectionObserver. A page with no script (every
    // print view) has nothing to upgrade: its widgets stay the static render,
    // so it is not scrolled and this phase costs it no frames. Widgets still
    // undefined after WIDGET_WAIT ms are reported by the `widgets-load` check.
    const { scrolled, missing } = await page.evaluate(async (wait) => {
      const widgets = [...document.querySelectorAll<HTMLElement>('.widget')].filter((w) => w.offsetParent !== null);
      if (document.scripts.length === 0 || widgets.length === 0) return { scrolled: 0, missing: [] };
      const notDefined: string[] = [];
      for (const widget of widgets) {
        widget.scrollIntoView();
        const until = performance.now() + wait;
        do await new Promise((resolve) => requestAnimationFrame(resolve));
        while (!widget.matches(':defined') && performance.now() < until);
        if (!widget.matches(':defined')) notDefined.push(widget.tagName.toLowerCase());
      }
      return { scrolled: widgets.length, missing: notDefined };
    }, WIDGET_WAIT);
    visit.facts.widgetsNotLoaded = missing;
    if (scrolled > 0) {
      await tab.quiet();
      await frames(page);
    }
  } else if (phase === 'narrow') {
    await page.setViewportSize({ width: 320, height: 800 });
    await frames(page);
  } else if (phase === 'print') {
    await page.emulateMedia({ media: 'print' });
  } else if (phase === 'final') {
    await page.emulateMedia({ media: 'screen' });
    await tab.quiet();
  }
}

test('the site has per-section print views and article pages to check', () => {
  expect(pages.filter((p) => kindOf(p) === 'print').length).toBeGreaterThan(100);
  expect(pages.filter((p) => kindOf(p) === 'article').length).toBeGreaterThanOrEqual(15);
});

describe.concurrent('every page, one visit', () => {
  test.each(pages)(
    '%s passes every per-page check',
    (pagePath) =>
      pool.use(async (page, tab) => {
        const kind = kindOf(pagePath);
        const ms: Record<string, number> = {};
        const cpu: Record<string, number> = {};
        const profiling = Boolean(process.env.STRATA_PAGE_PROFILE);
        // Renderer CPU ms since `from` (0 unless profiling: one more DevTools round trip per step).
        const cpuSince = async (from: number) => (profiling ? Math.max(0, (await tab.cpu()) - from) * 1000 : 0);
        let cpuStart = profiling ? await tab.cpu() : 0;
        let start = performance.now();
        tab.reset();
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
        const response = await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
        expect(response?.status(), pagePath).toBe(200);
        const html = await response!.text();
        await tab.quiet();
        ms.load = performance.now() - start;
        cpu.load = await cpuSince(cpuStart);
        const visit: Visit = { path: pagePath, kind, page, origin: new URL(baseUrl()).origin, html, responses: tab.responses, foreign: tab.foreign, errors: tab.errors, facts: {} };
        const problems: Record<string, string[]> = {};
        for (const phase of PHASES) {
          if (phase === 'print' && kind !== 'print') continue;
          cpuStart = profiling ? await tab.cpu() : 0;
          start = performance.now();
          await enter(phase, visit, tab);
          ms[`enter ${phase}`] = performance.now() - start;
          cpu[`enter ${phase}`] = await cpuSince(cpuStart);
          for (const check of CHECKS.filter((c) => c.phase === phase && (c.applies?.(pagePath, kind) ?? true))) {
            cpuStart = profiling ? await tab.cpu() : 0;
            start = performance.now();
            const found = await check.run(visit);
            ms[check.name] = performance.now() - start;
            cpu[check.name] = await cpuSince(cpuStart);
            if (found.length > 0) problems[check.name] = found;
          }
        }
        profile.push({ path: pagePath, kind, ms, cpu });
        expect(problems, `${pagePath}: problems by check`).toEqual({});
      }),
    // One visit does the work of several of the former per-page tests (each bounded by PAGE_TIMEOUT).
    2 * PAGE_TIMEOUT,
  );
});

test.each(PAPERS.map((p) => p.format))('some print views are long enough to be printed to a %s PDF (the 1.6-page threshold does not skip every one)', (format) => {
  expect(printedToPdf[format]).toBeGreaterThan(0);
});

test('print views that state a benefit were found and checked for their paired harms (one per section stating the USPSTF fracture benefit, and their h2s)', () => {
  expect(printViewsWithBenefits.length).toBeGreaterThanOrEqual(6);
});
