/**
 * Safety lines of comparator drugs (content/safety/*.yaml): the schema and
 * source check, the `<SafetyLine>` unknown-drug error, and the check that a
 * page naming a drug carries its line (bad-input catalogue, pinned below).
 */
import { describe, expect, test } from 'vitest';
import { loadBibliography } from '../../src/lib/bib/bibliography';
import { ContentError } from '../../src/lib/content-error';
import { loadSafety, validateSafetySource } from '../../src/lib/safety/load-safety';
import { safetyLineProblems } from '../../src/lib/safety/safety-line-check';
import { DRUG_NAMES } from '../../src/lib/safety/schema';
import { errorMessage, fixture, parseRecordsOf, processMdx, ROOT } from '../helpers/pipeline';

const bibliography = loadBibliography(ROOT);

describe('bad safety records and pages (bad-input catalogue)', () => {
  test.each([
    ['safety/denosumab.yaml', ['safety/denosumab.yaml:5', 'lines[0].source.key', '`cummings2018vertebrl` is not in references.bib', 'Did you mean `cummings2018vertebral`']],
    ['safety/strontium.yaml', ['safety/strontium.yaml:1', '`strontium` is not a drug id', 'DRUG_NAMES']],
  ])('%s fails naming file, line and fix', (name, expected) => {
    const { problems } = validateSafetySource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, bibliography);
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('safety-unknown-drug.mdx fails at its MDX line with the nearest drug id', async () => {
    const message = await errorMessage(() => processMdx('tests/fixtures/bad/safety-unknown-drug.mdx'));
    for (const part of ['safety-unknown-drug.mdx:9', '<SafetyLine drug="denosumb"> names no safety record', 'Did you mean `denosumab`']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('safety-line-missing.mdx: a page naming alendronate without the bisphosphonate line fails, naming the fix', async () => {
    const records = await parseRecordsOf('tests/fixtures/bad/safety-line-missing.mdx');
    // The check applies to article records; give the fixture a topic as an article would have.
    const problems = safetyLineProblems(records.map((r) => ({ ...r, topic: 'fixture', level: 'academic' })), new Set(Object.keys(DRUG_NAMES)));
    expect(problems.map((p) => p.message)).toEqual(['This page names alendronate but carries no safety line for bisphosphonates.']);
    const message = new ContentError(problems).message;
    expect(message).toContain('<SafetyLine drug="bisphosphonates" />');
    expect(message).toMatchSnapshot();
  });
});

describe('the real safety records', () => {
  const { safety, problems } = loadSafety(ROOT, bibliography);

  test('one valid record per drug id, each line citing a references.bib entry', () => {
    expect(problems).toEqual([]);
    expect([...safety.keys()].sort()).toEqual(Object.keys(DRUG_NAMES).sort());
  });

  test('the bisphosphonate line gives the rarity of atypical femur fractures in absolute numbers', () => {
    const lines = safety.get('bisphosphonates')!.lines;
    expect(lines.some((l) => /atypical/i.test(l.text) && /196,129/.test(l.absolute ?? ''))).toBe(true);
    expect(lines.some((l) => /drug holiday/.test(l.text))).toBe(true);
  });

  test('the testosterone line gives the TRAVERSE fracture excess with both arms and its source', () => {
    const lines = safety.get('testosterone')!.lines;
    const fracture = lines.find((l) => l.source.key === 'snyder2024testosterone');
    expect(fracture?.absolute).toMatch(/3\.50% vs 2\.46%/);
    expect(lines.some((l) => l.source.key === 'fda2025testosterone' && /blood pressure/.test(l.text))).toBe(true);
  });

  test('testosterone named as a treatment needs its line; the hormone named alone does not', () => {
    const page = (prose: string) => ({ file: 'x.mdx', topic: 'fixture', level: 'fundamentals', prose, components: [] }) as unknown as Parameters<typeof safetyLineProblems>[0][number];
    const known = new Set(safety.keys());
    expect(safetyLineProblems([page('Men used a testosterone gel for a year.')], known).map((p) => p.message)).toEqual(['This page names testosterone gel but carries no safety line for testosterone.']);
    expect(safetyLineProblems([page('Testosterone is the main male sex hormone.')], known)).toEqual([]);
  });

  test('every real article that names a comparator drug carries its safety line', async () => {
    const records = await parseRecordsOf();
    expect(safetyLineProblems(records, new Set(safety.keys()))).toEqual([]);
    // and the check can fail: without the components, the pages that name the drugs are reported
    const stripped = records.map((r) => ({ ...r, components: r.components.filter((c) => c.name !== 'SafetyLine') }));
    expect(safetyLineProblems(stripped, new Set(safety.keys())).length).toBeGreaterThanOrEqual(11);
  }, 180_000);
});
