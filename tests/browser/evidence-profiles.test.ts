/**
 * Evidence profiles in a real browser: the `/evidence/<slug>.json` download
 * parses and matches the Summary-of-Findings table the page shows. (axe on
 * every profile and index page, in both colour schemes: every-page.test.ts.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseUrl, useBrowser, open, PAGE_TIMEOUT } from './browser';

const dist = path.resolve(import.meta.dirname, '../../dist/evidence');
const slugs = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'grading').map((e) => e.name);
const profiles = readdirSync(dist).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));

const browser = useBrowser();

test('there are profiles and an index page to check', () => {
  expect(profiles).toContain('hormone-therapy-fractures');
  expect(slugs).toContain('antiresorptives-vertebral-fractures');
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
