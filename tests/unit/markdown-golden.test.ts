/**
 * Golden files for the Markdown pipeline, in the style of Observable
 * Framework's test/input → test/output (test/markdown-test.ts there): each
 * tests/fixtures/markdown/<name>.mdx exercises one feature (tables, citations
 * in tables, math in headings, nested sections, share controls, each article
 * component) and is run through the production MDX processor with the site's
 * remark/rehype plugins. The HTML must equal <name>.html beside it and the
 * data the plugins recorded must equal <name>.json. Components are not
 * executed here: the HTML shows the element and props the remark/rehype
 * stage hands to MDX.
 *
 * On a mismatch the actual output is written to <name>-changed.html/.json
 * (git-ignored) for review, and removed again once the outputs agree. After
 * an intended change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/markdown-golden.test.ts
 * and review the diff. A missing golden file is written on the first run
 * (never under CI=true) and the test fails, so it is looked at.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSiteData } from '../../src/lib/site-data';
import { renderMdxForGolden, ROOT } from '../helpers/pipeline';

const DIR = path.join(ROOT, 'tests/fixtures/markdown');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(DIR).filter((name) => name.endsWith('.mdx')).sort();

/** Compares one output with its golden file; returns a description of the difference, or nothing. */
function compare(golden: string, actual: string): string | undefined {
  const changed = golden.replace(/\.(html|json)$/, '-changed.$1');
  const relative = path.relative(ROOT, golden);
  if (UPDATE || (!existsSync(golden) && process.env.CI !== 'true')) {
    const missing = !existsSync(golden);
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return missing && !UPDATE ? `wrote the missing ${relative}: review it and run again` : undefined;
  }
  if (existsSync(golden) && readFileSync(golden, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return undefined;
  }
  writeFileSync(changed, actual);
  return `${relative} differs (actual output in ${path.relative(ROOT, changed)}); if the change is intended, run with UPDATE_GOLDEN=1 and review the diff`;
}

describe('markdown golden files', () => {
  // The bibliography and trials the citations and components read, loaded once (slow on a busy machine).
  beforeAll(() => void loadSiteData(ROOT), 60_000);

  test('there is a fixture for every feature the pipeline must keep', () => {
    const required = ['tables', 'citations-in-tables', 'math-in-headings', 'nested-sections', 'share-controls', 'trial-table', 'certainty', 'term', 'forest-plot', 'absolute-risk', 'dose-explorer', 't-score-calculator', 'remodeling-simulator'];
    expect(inputs.map((name) => name.replace(/\.mdx$/, ''))).toEqual(expect.arrayContaining(required));
  });

  test.each(inputs)('%s', async (name) => {
    const { html, data } = await renderMdxForGolden(path.join(DIR, name));
    const base = path.join(DIR, name.replace(/\.mdx$/, ''));
    const problems = [compare(`${base}.html`, `${html.trim()}\n`), compare(`${base}.json`, `${JSON.stringify(data, null, 2)}\n`)].filter(Boolean);
    expect(problems).toEqual([]);
  }, 30_000);
});
