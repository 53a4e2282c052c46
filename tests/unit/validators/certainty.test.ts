/**
 * The certainty-label rule (src/lib/content/certainty-check.ts) at its edges,
 * over parse records made by the production MDX processor (the same compile
 * the build runs): which labels need a citation beside them, what counts as a
 * citing block, and the line each problem names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { certaintyProblems, checkCertaintyLabels } from '../../../src/lib/content/certainty-check';
import { compileArticles } from '../../../src/lib/markdown/compile-articles';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FRONTMATTER = '---\ntitle: T\n---\n';
const NOTHING_CITED = 'grades a claim that cites nothing in the same paragraph, list item or table row.';

/** Compiles `body` as content/articles/topic-x/<level>.mdx of a scratch folder and returns its record. */
async function recordOf(body: string, level: 'fundamentals' | 'intermediate' | 'academic' = 'academic') {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-certainty-'));
  dirs.push(dir);
  const file = path.join(dir, 'content', 'articles', 'topic-x', `${level}.mdx`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${FRONTMATTER}${body}\n`);
  const [record] = await compileArticles(ROOT, [file]);
  return record!;
}
const problems = async (body: string, level?: 'fundamentals' | 'intermediate' | 'academic') =>
  certaintyProblems(await recordOf(body, level)).map((p) => `${p.line} ${p.message}`);

describe('certaintyProblems', () => {
  test('Fundamentals pages are not held to the rule; Intermediate and Academic are', async () => {
    expect(await problems('No labels.', 'fundamentals')).toEqual([]);
    expect(await problems('No labels.', 'intermediate')).toEqual(['1 This intermediate page marks none of its key claims with a certainty label.']);
    expect(certaintyProblems(await recordOf('x'))[0]?.hint).toBe(
      'Add <Certainty level="…" /> after each key claim, next to its citation; levels are high, moderate, low, very-low, insufficient (see /evidence/grading/).',
    );
  }, 60_000);

  test('a label needs a citation or a citing component in its own block', async () => {
    expect(await problems('Claim [@prestwood2003ultralow]. <Certainty level="low" />')).toEqual([]);
    expect(await problems('<TrialTable id="prestwood-2003" />\n\nClaim. <Certainty level="low" />')).toEqual([`6 <Certainty level="low" /> ${NOTHING_CITED}`]);
    expect(await problems('Claim [@prestwood2003ultralow].\n\nOther claim. <Certainty level="low" />')).toEqual([`6 <Certainty level="low" /> ${NOTHING_CITED}`]);
    // `<Term>` does not cite.
    expect(await problems('<Term id="bmd">density</Term> <Certainty level="low" />')).toHaveLength(1);
  }, 60_000);

  test('a list item and a table row are blocks of their own', async () => {
    expect(await problems('- Claim [@prestwood2003ultralow]. <Certainty level="low" />\n- Other. <Certainty level="low" />')).toEqual([`5 <Certainty level="low" /> ${NOTHING_CITED}`]);
    expect(await problems('| a | b |\n|---|---|\n| x [@prestwood2003ultralow] | <Certainty level="low" /> |\n| y | <Certainty level="high" /> |')).toEqual([`7 <Certainty level="high" /> ${NOTHING_CITED}`]);
  }, 60_000);

  test('"insufficient" needs no citation', async () => {
    expect(await problems('No trial. <Certainty level="insufficient" />')).toEqual([]);
  }, 60_000);

  test('each uncited label is reported on its own line within the block', async () => {
    const record = await recordOf('First line\nsecond <Certainty level="low" />\nthird <Certainty level="high" />');
    expect(certaintyProblems(record).map((p) => `${p.line} ${p.message}`)).toEqual([`5 <Certainty level="low" /> ${NOTHING_CITED}`, `6 <Certainty level="high" /> ${NOTHING_CITED}`]);
    expect(certaintyProblems(record)[0]).toMatchObject({
      hint: 'Cite the evidence the rating rests on in that paragraph ([@key]), or move the label next to the sentence that cites it.',
    });
  }, 60_000);
});

describe('checkCertaintyLabels', () => {
  test('checks every record at its own depth, and nothing when there are none', async () => {
    expect(checkCertaintyLabels([])).toEqual([]);
    const records = [await recordOf('No labels needed.', 'fundamentals'), await recordOf('No labels.', 'academic')];
    expect(checkCertaintyLabels(records).map((p) => `${path.basename(p.file)}:${p.line}`)).toEqual(['academic.mdx:1']);
  }, 60_000);
});
