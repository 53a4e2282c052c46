/**
 * The built-site link checker, on a tiny fixture site with one broken anchor,
 * one broken page link and one external link without rel; its valid links
 * (same-page anchor, cross-page anchor, external with rel) must pass.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { checkBuiltLinks } from '../../src/lib/links/check-links';
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

