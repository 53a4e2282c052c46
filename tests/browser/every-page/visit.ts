/**
 * One visit of one built page, shared by every per-page check
 * (tests/browser/every-page/checks/). The runner loads the page once in a
 * pooled tab, then walks it through the phases below in order; before each
 * phase it puts the tab in that phase's state, so a check only reads.
 *
 *   loaded       1280 × 900, light scheme, screen media, right after `load`
 *                and the network has gone quiet (nothing in flight for two
 *                frames): what a first visit downloads and shows.
 *   screen       the same state, for checks that read the rendered page.
 *   widgets      every visible widget scrolled into view and upgraded (its
 *                code loaded and run), network quiet again.
 *   narrow       320 × 800 (a small phone), two frames after the resize.
 *   print        print media (print views only); the check sets the paper size.
 *   final        screen media again; findings of the whole visit (requests,
 *                console errors, CSP violations) are complete.
 */
import type { Page, Response } from 'playwright-core';

export const PHASES = ['loaded', 'screen', 'widgets', 'narrow', 'print', 'final'] as const;
export type Phase = (typeof PHASES)[number];

/** What kind of page a site path is. */
export type PageKind = 'article' | 'print' | 'other';

/** Everything a check may read about the visit. */
export interface Visit {
  /** Site path, e.g. `/topics/x/academic/`. */
  readonly path: string;
  readonly kind: PageKind;
  readonly page: Page;
  /** Origin of the local server (`http://127.0.0.1:port`). */
  readonly origin: string;
  /** The page's HTML as served. */
  readonly html: string;
  /** Every response since the navigation started, in order (cache disabled, so a first visit's downloads). */
  readonly responses: Response[];
  /** Requests to another origin, as `url`. */
  readonly foreign: string[];
  /** Console errors, uncaught exceptions and CSP violation reports. */
  readonly errors: string[];
  /** What the runner observed entering a phase (e.g. `widgetsNotLoaded`), for checks to judge. */
  readonly facts: { widgetsNotLoaded?: string[] };
}

/**
 * A per-page check: runs in `phase` of every visit whose path `applies`
 * (default: every page) and returns its problems, one line each (empty when
 * the page passes). It may read the page and change what it restores itself
 * (e.g. colour scheme), but leaves viewport and media to the runner.
 */
export interface PageCheck {
  /** Short name, the key of its problems in the test's failure message. */
  readonly name: string;
  readonly phase: Phase;
  applies?(path: string, kind: PageKind): boolean;
  run(visit: Visit): Promise<string[]>;
}

/** The kind of a site path. */
export function kindOf(path: string): PageKind {
  if (path.startsWith('/print/')) return 'print';
  if (/^\/topics\/[^/]+\/(fundamentals|intermediate|academic)\/$/.test(path)) return 'article';
  return 'other';
}

/** Two animation frames: styles, layout and paint of any change before now have happened. */
export function frames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
