/**
 * The built-site link checker, on a tiny fixture site with one broken anchor,
 * one broken page link and one external link without rel; its valid links
 * (same-page anchor, cross-page anchor, external with rel) must pass.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { checkBuiltLinks, readBuiltSite } from '../../src/lib/links/check-links';
import { ROOT } from '../helpers/pipeline';

test('reports each broken link with the page and its source file, and nothing else', () => {
  const problems = checkBuiltLinks(path.join(ROOT, 'tests/fixtures/bad/links/site'));
  expect(problems.map((p) => p.field)).toEqual([
    '/ → /topics/demo/academic/#removed-section',
    '/ → /topics/missing/',
    '/ → https://pubmed.ncbi.nlm.nih.gov/1/',
  ]);
  expect(new ContentError(problems).message).toMatchSnapshot();
});


test('keeps, per page, its ids and sections (what the anchor lock compares) and only the links to check', () => {
  const site = readBuiltSite(path.join(ROOT, 'tests/fixtures/bad/links/site'));
  expect(site.sections.get('/topics/demo/academic/')).toEqual(new Set(['dose-response']));
  expect(site.ids.get('/topics/demo/academic/')).toEqual(new Set(['dose-response']));
  expect([...site.sections.keys()].sort()).toEqual(['/', '/references/', '/topics/demo/academic/']);
  expect(site.links.get('/topics/demo/academic/')).toEqual(['#dose-response', '/references/#ref-x']);
  // An external link with rel="noopener noreferrer" needs no check and is not kept; one without is marked.
  const home = site.links.get('/')!;
  expect(home.slice(0, 3)).toEqual(['/topics/demo/academic/#dose-response', '/topics/demo/academic/#removed-section', '/topics/missing/']);
  expect(home).toHaveLength(4);
  expect(home[3]).toMatch(/https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/1\/$/);
  expect(home.some((link) => link.includes('doi.org'))).toBe(false);
});
