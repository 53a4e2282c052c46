/**
 * Guideline records (content/guidelines/*.yaml): the schema, the check that
 * their sources are references, the `<Guideline>` component's unknown-id
 * error (bad-input catalogue, messages pinned below), and the real records.
 */
import { describe, expect, test } from 'vitest';
import { loadBibliography } from '../../src/lib/bib/bibliography';
import { ContentError } from '../../src/lib/content-error';
import { loadGuidelines, validateGuidelineSource } from '../../src/lib/guidelines/load-guidelines';
import { errorMessage, fixture, parseRecordsOf, processMdx, ROOT } from '../helpers/pipeline';

const bibliography = loadBibliography(ROOT);

describe('bad guideline records (bad-input catalogue)', () => {
  const cases: Array<[string, string[]]> = [
    ['guideline-unknown-source.yaml', ['guideline-unknown-source.yaml:5', 'source.key', '`faubion2022hormon` is not in references.bib', 'Did you mean `faubion2022hormone`']],
    ['guideline-missing-locator.yaml', ['guideline-missing-locator.yaml:8', 'recommendations[0].locator']],
  ];
  test.each(cases)('%s fails naming file, line and field', (name, expected) => {
    const { problems, guideline } = validateGuidelineSource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, bibliography);
    expect(problems.length).toBeGreaterThan(0);
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
    if (name === 'guideline-missing-locator.yaml') expect(guideline).toBeUndefined();
  });

  test('guideline-unknown-id.mdx fails at its MDX line with the nearest id', async () => {
    const message = await errorMessage(() => processMdx('tests/fixtures/bad/guideline-unknown-id.mdx'));
    for (const part of ['guideline-unknown-id.mdx:7', '<Guideline id="nams-2021"> names no guideline in content/guidelines/', 'Did you mean `nams-2022`']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });
});

describe('the real guideline records', () => {
  const { guidelines, problems } = loadGuidelines(ROOT, bibliography);

  test('all load without problems, each citing a references.bib entry', () => {
    expect(problems).toEqual([]);
    expect([...guidelines.keys()].sort()).toEqual(['acr-2022-giop', 'asco-2019-cancer-survivors', 'ects-2021-denosumab', 'endocrine-society-2012-men', 'endocrine-society-2019', 'endocrine-society-2020-romosozumab', 'esceo-iof-2019', 'eshre-2024-poi', 'nams-2022', 'uspstf-2018-vitamin-d', 'uspstf-2022', 'uspstf-2025-screening']);
    for (const g of guidelines.values()) expect(bibliography.has(g.source.key)).toBe(true);
  });

  test("USPSTF's recommendations against hormone therapy for prevention carry its grade D", () => {
    const uspstf = guidelines.get('uspstf-2022')!;
    const against = uspstf.recommendations.filter((r) => r.text.includes('Do not use'));
    expect(against).toHaveLength(2);
    for (const r of against) expect(r.grade).toBe('Grade D');
  });

  test('the 2024 POI guideline record keeps its own grades: STRONG ⊕⊕◯◯ for diagnosis, good practice points for the criteria and the oophorectomy rule', () => {
    const poi = guidelines.get('eshre-2024-poi')!;
    expect(poi.edition).toBe(2024);
    expect(poi.recommendations.find((r) => r.text.startsWith('HCPs should diagnose POI'))?.grade).toBe('STRONG ⊕⊕◯◯');
    expect(poi.recommendations.find((r) => r.text.includes('FSH concentration > 25 IU/l'))?.grade).toBe('GPP');
    expect(poi.recommendations.find((r) => r.text.includes('bilateral salpingo-oophorectomy (BSO) before age 40'))?.grade).toBe('GPP');
  });

  test("the Endocrine Society's 2012 guideline on men grades DXA in men at risk 1|⊕⊕◯◯ and leaves the abstract's testing sentence ungraded", () => {
    const men = guidelines.get('endocrine-society-2012-men')!;
    expect(men.edition).toBe(2012);
    expect(men.recommendations.find((r) => r.locator === 'Recommendation 1.2')?.grade).toBe('1|⊕⊕◯◯');
    const testing = men.recommendations.find((r) => r.text.startsWith('We recommend testing higher risk men'));
    expect(testing?.grade).toBe('not graded in the abstract');
  });

  test('the Endocrine Society record states bisphosphonates as initial treatment at high risk', () => {
    const es = guidelines.get('endocrine-society-2019')!;
    expect(es.recommendations.some((r) => /initial treatment with bisphosphonates/.test(r.text) && r.grade === '1|⊕⊕⊕⊕')).toBe(true);
  });

  test('the ECTS record quotes the follow-on advice after denosumab as ungraded expert opinion', () => {
    const ects = guidelines.get('ects-2021-denosumab')!;
    const followOn = ects.recommendations.find((r) => r.text.includes('6 months after the final denosumab injection'));
    expect(followOn?.grade).toMatch(/^not graded/);
  });

  test('the ACR 2022 record supersedes the 2017 edition', () => {
    expect(guidelines.get('acr-2022-giop')!.supersedes).toBe('buckley2017american');
  });

  test('a <Guideline> in an article cites its source in the parse record', async () => {
    const records = await parseRecordsOf('content/articles/hormone-therapy-prevention/fundamentals.mdx', 'content/articles/hormone-therapy-prevention/intermediate.mdx');
    const cited = records[1]!.citations.filter((c) => c.via === 'Guideline').map((c) => c.key);
    expect(cited).toEqual(['faubion2022hormone', 'uspstf2022hormone', 'eastell2019pharmacological']);
  }, 60_000);
});
