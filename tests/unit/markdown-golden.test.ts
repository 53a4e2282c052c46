/**
 * Golden files for the Markdown pipeline, in the style of Observable
 * Framework's test/input → test/output: each tests/fixtures/markdown/<name>.mdx
 * exercises one feature (tables, citations in tables, math in headings,
 * nested sections, share controls, each article component) and is run
 * through the production remark/rehype chain; the HTML must equal
 * <name>.html beside it. Components are not executed here: the output shows
 * the element and props the remark/rehype stage hands to MDX.
 *
 * After an intended change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/markdown-golden.test.ts
 * and review the diff. A missing .html is written on the first run (and the test fails, so it is reviewed).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSiteData } from '../../src/lib/site-data';
import { renderMdxForGolden, ROOT } from '../helpers/pipeline';

const DIR = path.join(ROOT, 'tests/fixtures/markdown');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(DIR).filter((name) => name.endsWith('.mdx')).sort();

describe('markdown golden files', () => {
  // The bibliography and trials the citations and components read, loaded once (slow on a busy machine).
  beforeAll(() => void loadSiteData(ROOT), 60_000);

  test('there is a fixture for every feature the pipeline must keep', () => {
    const required = ['tables', 'citations-in-tables', 'math-in-headings', 'nested-sections', 'share-controls', 'trial-table', 'certainty', 'term', 'forest-plot', 'absolute-risk', 'dose-explorer', 't-score-calculator', 'remodeling-simulator'];
    expect(inputs.map((name) => name.replace(/\.mdx$/, ''))).toEqual(expect.arrayContaining(required));
  });

  test.each(inputs)('%s', async (name) => {
    const html = `${(await renderMdxForGolden(path.join(DIR, name))).trim()}\n`;
    const golden = path.join(DIR, name.replace(/\.mdx$/, '.html'));
    if (UPDATE || !existsSync(golden)) {
      writeFileSync(golden, html);
      if (!UPDATE) throw new Error(`Wrote the missing golden file ${path.relative(ROOT, golden)}: review it and run again.`);
      return;
    }
    expect(html, `${path.relative(ROOT, golden)} differs; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff`).toBe(readFileSync(golden, 'utf8'));
  }, 30_000);
});
