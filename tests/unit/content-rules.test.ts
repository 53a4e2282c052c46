/**
 * Site-wide content rules, checked over the parse records of every article
 * once the build has compiled them (src/lib/content/article-checks.ts):
 * every references.bib entry is cited somewhere or listed as further reading,
 * and Intermediate/Academic pages grade their key claims with cited
 * <Certainty> labels. Error texts are pinned so they stay readable.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildBibliography } from '../../src/lib/bib/bibliography';
import { ContentError, type ContentProblem } from '../../src/lib/content-error';
import { certaintyProblems, checkCertaintyLabels } from '../../src/lib/content/certainty-check';
import { checkReferenceCoverage, collectCitations, readFurtherReading, referenceCoverageProblems } from '../../src/lib/content/reference-coverage';
import { articleFiles } from '../../src/lib/markdown/compile-articles';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';
import { loadSiteData } from '../../src/lib/site-data';
import { fixture, parseRecordsOf, ROOT } from '../helpers/pipeline';

/** The records of every real article, as the build makes them (one compile each). */
let siteRecords: ParseRecord[] = [];
beforeAll(async () => {
  siteRecords = await parseRecordsOf();
}, 180_000);

const message = (problems: ContentProblem[]) => new ContentError(problems).message;

describe('every reference is cited or listed as further reading', () => {
  const bib = buildBibliography(fixture('bad/bib-uncited-entry.bib'), 'tests/fixtures/bad/bib-uncited-entry.bib');
  const cited = new Map([['cited2003', ['content/articles/x/academic.mdx:7']]]);

  test('an uncited entry fails with references.bib:<line>, its key and the three fixes', () => {
    const problems = checkReferenceCoverage(bib, cited, [], 'tests/fixtures/bad/bib-uncited-entry.bib');
    expect(message(problems)).toMatchInlineSnapshot(`
      "Strata content check found 1 problem:

      tests/fixtures/bad/bib-uncited-entry.bib:10 (field \`orphan2005\`): Reference \`orphan2005\` is not cited on any page and is not in content/further-reading.yaml.
          Fix: Cite it as [@orphan2005] where it supports a sentence, list it in content/further-reading.yaml with a one-line \`why\`, or delete the entry.
      "
    `);
  });

  test('listing it as further reading satisfies the rule', () => {
    expect(checkReferenceCoverage(bib, cited, [{ key: 'orphan2005', why: 'Background.', line: 2 }])).toEqual([]);
  });

  test('a bad further-reading list names its file, line and field', () => {
    const { entries, problems } = readFurtherReading(fixture('bad/further-reading-unknown-key.yaml'), bib, 'tests/fixtures/bad/further-reading-unknown-key.yaml');
    const all = [...problems, ...checkReferenceCoverage(bib, cited, entries, 'references.bib', 'tests/fixtures/bad/further-reading-unknown-key.yaml')];
    expect(message(all)).toMatchInlineSnapshot(`
      "Strata content check found 4 problems:

      tests/fixtures/bad/further-reading-unknown-key.yaml:4 (field \`entries[1].key\`): \`orphan2050\` is not a key in references.bib.
          Fix: Did you mean \`orphan2005\`? Add a verified entry to references.bib first.

      tests/fixtures/bad/further-reading-unknown-key.yaml:6 (field \`entries[2].why\`): \`orphan2005\` needs a one-line \`why\` (at most 200 characters) saying what a reader gets from it.
          Fix: Write one plain sentence, e.g. \`why: The largest trial of X; background for the dose section.\`

      tests/fixtures/bad/further-reading-unknown-key.yaml:2 (field \`cited2003\`): \`cited2003\` is cited (content/articles/x/academic.mdx:7), so it is not further reading.
          Fix: Remove it from tests/fixtures/bad/further-reading-unknown-key.yaml; cited works are already listed on /references/.

      references.bib:10 (field \`orphan2005\`): Reference \`orphan2005\` is not cited on any page and is not in tests/fixtures/bad/further-reading-unknown-key.yaml.
          Fix: Cite it as [@orphan2005] where it supports a sentence, list it in tests/fixtures/bad/further-reading-unknown-key.yaml with a one-line \`why\`, or delete the entry.
      "
    `);
  });

  test('reads citations and citing components from the parse record, with lines', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/good/record.mdx');
    const uses = collectCitations(ROOT, loadSiteData(ROOT), [record!]);
    expect(uses.get('prestwood2003ultralow')).toContain('tests/fixtures/good/record.mdx:7');
    expect(uses.get('jackson2006effects')).toContain('tests/fixtures/good/record.mdx:16 <AbsoluteRisk>');
  });

  test('the real site: citations are found in articles, components, trial records and pages', async () => {
    const uses = collectCitations(ROOT, loadSiteData(ROOT), siteRecords);
    expect(uses.get('balshem2011grade')).toContain('src/pages/evidence/grading.astro');
    expect(uses.get('lemaire2004modeling')?.some((where) => where.includes('<RemodelingSimulator>'))).toBe(true);
    expect(uses.get('warming2004safety')).toContain('/trials/warming-2004/');
    expect(uses.get('saag2017romosozumab')).toContain('/trials/arch-2017/');
  });

  test('the real site passes', async () => {
    expect(referenceCoverageProblems(ROOT, loadSiteData(ROOT), siteRecords)).toEqual([]);
  });
});

describe('Intermediate and Academic pages grade their key claims', () => {
  test('a label with nothing cited in its paragraph fails with file:line and a fix', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/bad/certainty-without-citation.mdx');
    expect(message(certaintyProblems(record!, 'academic'))).toMatchInlineSnapshot(`
      "Strata content check found 1 problem:

      tests/fixtures/bad/certainty-without-citation.mdx:9: <Certainty level="low" /> grades a claim that cites nothing in the same paragraph, list item or table row.
          Fix: Cite the evidence the rating rests on in that paragraph ([@key]), or move the label next to the sentence that cites it.
      "
    `);
  });

  test('a page without any label fails', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/bad/certainty-missing.mdx');
    expect(message(certaintyProblems(record!, 'intermediate'))).toMatchInlineSnapshot(`
      "Strata content check found 1 problem:

      tests/fixtures/bad/certainty-missing.mdx:1: This intermediate page marks none of its key claims with a certainty label.
          Fix: Add <Certainty level="…" /> after each key claim, next to its citation; levels are high, moderate, low, very-low, insufficient (see /evidence/grading/).
      "
    `);
  });

  test('Fundamentals pages are not held to the rule', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/bad/certainty-missing.mdx');
    expect(certaintyProblems(record!, 'fundamentals')).toEqual([]);
  });

  test('a label counts the citations of its own paragraph, list item or table row only', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/good/record.mdx');
    expect(record!.certainty.map((label) => [label.line, label.level, label.block.type, label.cites])).toEqual([
      [7, 'moderate', 'paragraph', true],
      [9, 'low', 'paragraph', true],
      [10, 'insufficient', 'paragraph', false],
      [14, 'moderate', 'tableRow', true],
      [26, 'low', 'paragraph', false],
    ]);
    expect(message(certaintyProblems(record!, 'academic'))).toContain('record.mdx:26: <Certainty level="low" /> grades a claim that cites nothing');
  });

  test('the real site passes', async () => {
    expect(siteRecords.length).toBe(articleFiles(ROOT).length);
    expect(siteRecords.filter((r) => r.certainty.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(checkCertaintyLabels(siteRecords, loadSiteData(ROOT).claims)).toEqual([]);
  });
});
