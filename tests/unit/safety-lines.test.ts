/**
 * Safety lines of comparator drugs (content/safety/*.yaml): the schema and
 * source check, the `<SafetyLine>` unknown-drug error, the check that a
 * page naming a drug carries its line, and the check that each record's
 * `details` names a section of the topic that owns the drug's full safety
 * content at every depth (bad-input catalogue, pinned below).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBibliography } from '../../src/lib/bib/bibliography';
import { ContentError } from '../../src/lib/content-error';
import { loadSafety, validateSafetySource } from '../../src/lib/safety/load-safety';
import { safetyDetailsProblems } from '../../src/lib/safety/safety-details-check';
import { safetyLineProblems } from '../../src/lib/safety/safety-line-check';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';
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
  let records: ParseRecord[];
  beforeAll(async () => {
    records = await parseRecordsOf();
  }, 180_000);

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

  test('every real article that names a comparator drug carries its safety line', () => {
    expect(safetyLineProblems(records, new Set(safety.keys()))).toEqual([]);
    // and the check can fail: without the components, the pages that name the drugs are reported
    const stripped = records.map((r) => ({ ...r, components: r.components.filter((c) => c.name !== 'SafetyLine') }));
    expect(safetyLineProblems(stripped, new Set(safety.keys())).length).toBeGreaterThanOrEqual(11);
  });

  test('each drug links to the section of the topic that owns its full safety content', () => {
    const details = Object.fromEntries([...safety].map(([id, record]) => [id, record.details]));
    expect(details).toEqual({
      abaloparatide: 'bone-building-drugs#abaloparatide',
      bisphosphonates: 'bisphosphonates-denosumab#atypical-femur-fracture',
      denosumab: 'bisphosphonates-denosumab#stopping-denosumab',
      'hormone-therapy': 'hormone-therapy-prevention#whi-fractures',
      raloxifene: 'hormonal-treatments#serms',
      romosozumab: 'bone-building-drugs#romosozumab',
      teriparatide: 'bone-building-drugs#teriparatide',
    });
    expect(safetyDetailsProblems(safety, records)).toEqual([]);
    // and the check can fail: without the owning topic's sections at Intermediate, every link into that topic is reported
    const withoutSection = records.map((r) => (r.topic === 'bone-building-drugs' && r.level === 'intermediate' ? { ...r, sections: [] } : r));
    expect(safetyDetailsProblems(safety, withoutSection).map((p) => p.file).sort()).toEqual(['content/safety/abaloparatide.yaml', 'content/safety/romosozumab.yaml', 'content/safety/teriparatide.yaml']);
  });

  describe('bad `details` links (bad-input catalogue)', () => {
    test('safety/teriparatide.yaml: a path instead of <topic>#<section-id> fails at its line', () => {
      const { problems: found } = validateSafetySource(fixture('bad/safety/teriparatide.yaml'), 'tests/fixtures/bad/safety/teriparatide.yaml', bibliography);
      const message = new ContentError(found).message;
      for (const part of ['safety/teriparatide.yaml:3', 'details', '`<topic>#<section-id>`']) expect(message).toContain(part);
      expect(message).toMatchSnapshot();
    });

    test.each([
      ['safety/abaloparatide.yaml', ['safety/abaloparatide.yaml:3', '`details` names topic `bone-bulding-drugs`, which has no articles', 'Did you mean `bone-building-drugs`']],
      ['safety/raloxifene.yaml', ['safety/raloxifene.yaml:4', '`details` names section `#serm-pharmacology`, which hormonal-treatments lacks at fundamentals and intermediate depth', 'Did you mean `serms`']],
    ])('%s fails naming the line of `details` and the nearest fix', (name, expected) => {
      const { record, problems: found } = validateSafetySource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, bibliography);
      expect(found).toEqual([]);
      const message = new ContentError(safetyDetailsProblems(new Map([[record!.id, record!]]), records)).message;
      for (const part of expected) expect(message).toContain(part);
      expect(message).toMatchSnapshot();
    });
  });
});
