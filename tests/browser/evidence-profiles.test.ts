/**
 * Evidence profiles in a real browser: axe on every profile and index page in
 * both colour schemes, and the `/evidence/<slug>.json` download parses and
 * matches the Summary-of-Findings table the page shows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseUrl, useBrowser, open, PAGE_TIMEOUT } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dist = path.resolve(import.meta.dirname, '../../dist/evidence');
const slugs = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'grading').map((e) => e.name);
const profiles = readdirSync(dist).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));

const browser = useBrowser();

test('there are profiles and an index page to check', () => {
  expect(profiles).toContain('hormone-therapy-fractures');
  expect(slugs).toContain('antiresorptives-vertebral-fractures');
});

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (colorScheme) => {
  test.each([...slugs, 'grading'])(
    '/evidence/%s/ has no WCAG 2.2 AA violations',
    async (slug) => {
      const { page } = await open(browser(), new URL(`/evidence/${slug}/`, baseUrl()).href, { bypassCSP: true, colorScheme });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations).toEqual([]);
      await page.context().close();
    },
    PAGE_TIMEOUT,
  );
});

describe('the JSON download', () => {
  test.each(profiles)(
    '/evidence/%s.json parses and matches the Summary-of-Findings table',
    async (slug) => {
      const { page, errors } = await open(browser(), new URL(`/evidence/${slug}/`, baseUrl()).href);
      const href = await page.locator('a[download]').getAttribute('href');
      expect(href).toBe(`/evidence/${slug}.json`);
      const response = await page.request.get(new URL(href!, baseUrl()).href);
      expect(response.headers()['content-type']).toContain('application/json');
      const data = (await response.json()) as {
        slug: string;
        flow: { considered: number; included: number };
        analyses: Array<{ outcome: string; summaryOfFindings: { participants: number; studies: number; relative: { estimate: number; ci: [number, number] }; per1000: { without: number; with: number } } }>;
      };
      expect(data.slug).toBe(slug);
      const rows = await page.locator('table.sof-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ id: tr.id, cells: [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()) })));
      expect(rows.map((r) => r.id)).toEqual(data.analyses.map((a) => `sof-${a.outcome}`));
      data.analyses.forEach((a, i) => {
        const cells = rows[i]!.cells;
        const f = (x: number) => x.toFixed(2);
        expect(cells[1]).toBe(`${a.summaryOfFindings.participants.toLocaleString('en-US')} (${a.summaryOfFindings.studies} ${a.summaryOfFindings.studies === 1 ? 'RCT' : 'RCTs'})`);
        expect(cells[3]).toContain(`${f(a.summaryOfFindings.relative.estimate)} (${f(a.summaryOfFindings.relative.ci[0])} to ${f(a.summaryOfFindings.relative.ci[1])})`);
        expect(cells[4]).toBe(String(a.summaryOfFindings.per1000.without));
        expect(cells[5]).toBe(String(a.summaryOfFindings.per1000.with));
      });
      const flow = await page.locator('p.flow').textContent();
      expect(flow).toContain(`${data.flow.included} included`);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    PAGE_TIMEOUT,
  );
});
