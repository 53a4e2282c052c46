/**
 * Claim records (content/claims/*.yaml) and the checks on how articles cite
 * them: the schema, the checks across claims (paired harms share source,
 * units and time frame; one certainty per claim), the per-section pairing
 * rule on parse records, and the real content passing all of them.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBibliography } from '../../src/lib/bib/bibliography';
import { bareCertaintyProblems, checkClaims, pairedHarmProblems, sectionUnits, trialBenefitHarmProblems, unknownClaimProblems, unknownClaimTrialProblems } from '../../src/lib/claims/claim-checks';
import { crossCheckClaims, validateClaimsSource, type ClaimRecord } from '../../src/lib/claims/load-claims';
import { pairedHarmsOf } from '../../src/lib/claims/paired-harms';
import { claimSchema } from '../../src/lib/claims/schema';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';
import { loadSiteData } from '../../src/lib/site-data';
import { parseRecordsOf, processMdx, ROOT } from '../helpers/pipeline';

const bibliography = loadBibliography(ROOT);

const benefit = {
  id: 'b',
  kind: 'benefit',
  statement: 'Fewer fractures with the drug.',
  intervention: 'drug vs placebo',
  outcome: 'any fracture',
  population: 'postmenopausal women',
  value: { text: '388 fewer', unit: 'per 10,000 women', timeFrame: 'over 7.2 years' },
  source: { key: 'gartlehner2022hormone', locator: 'Abstract (Results)' },
  certainty: { level: 'moderate', reasons: ['Randomized evidence, rated down for indirectness.'] },
  pairedHarms: ['h'],
};
const harm = { ...benefit, id: 'h', kind: 'harm', outcome: 'stroke', value: { ...benefit.value, text: '79 more' }, pairedHarms: [] };

/** Claim records as the loader returns them, from plain objects. */
function records(...raw: object[]): ClaimRecord[] {
  return raw.map((r, index) => ({ ...claimSchema.parse(r), file: 'claims.yaml', index, line: index + 1, fieldLines: {} }));
}

describe('claim schema', () => {
  test('a benefit with every field parses; a statement needs text, a source with its locator, a level and its reasons', () => {
    expect(claimSchema.safeParse(benefit).success).toBe(true);
    const statement = { id: 's', kind: 'statement', statement: 'RANKL drives osteoclasts.', source: { key: 'x', locator: 'Abstract' }, certainty: { level: 'low', reasons: ['Mouse and cell studies with few human data.'] } };
    expect(claimSchema.safeParse(statement).success).toBe(true);
    const bare = claimSchema.safeParse({ ...statement, source: { key: 'x' }, certainty: { level: 'low' } });
    expect(bare.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['certainty.reasons', 'source.locator']);
  });

  test('a benefit without paired harms, unit or locator is rejected field by field', () => {
    const result = claimSchema.safeParse({ ...benefit, pairedHarms: [], value: { text: '388 fewer' }, source: { key: 'k' } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['pairedHarms', 'source.locator', 'value.timeFrame', 'value.unit']);
  });

  test('a harm may not have paired harms; a secondary number needs a note; ids are kebab-case', () => {
    expect(claimSchema.safeParse({ ...harm, pairedHarms: ['x'] }).success).toBe(false);
    expect(claimSchema.safeParse({ ...harm, source: { ...harm.source, secondary: true } }).success).toBe(false);
    expect(claimSchema.safeParse({ ...harm, source: { ...harm.source, secondary: true, note: 'Read in the review table 3.' } }).success).toBe(true);
    expect(claimSchema.safeParse({ ...harm, id: 'Bad_Id' }).success).toBe(false);
  });

  test('only a statement graded insufficient may have no source', () => {
    const base = { id: 's', kind: 'statement', statement: 'No trial has tested this.' };
    const reasons = ['No randomized trial or cohort has measured it.'];
    expect(claimSchema.safeParse({ ...base, certainty: { level: 'insufficient', reasons } }).success).toBe(true);
    expect(claimSchema.safeParse({ ...base, certainty: { level: 'low', reasons } }).success).toBe(false);
  });

  test('the loader names file, line, claim id and field', () => {
    const { problems } = validateClaimsSource('claims:\n  - id: x-y\n    kind: harm\n    statement: More strokes with it.\n    certainty: { level: low }\n', 'c.yaml');
    expect(problems.find((p) => p.field === 'claims[0].outcome')).toMatchObject({ file: 'c.yaml', line: 2, message: expect.stringContaining('Claim "x-y": A harm names its `outcome`') });
  });
});

describe('checks across claims', () => {
  test('a matching benefit and harm pass', () => {
    expect(crossCheckClaims(records(benefit, harm), bibliography)).toEqual([]);
  });

  test('a paired harm from another source, unit or time frame fails, naming each difference', () => {
    const other = { ...harm, value: { ...harm.value, unit: 'per 1,000 women', timeFrame: 'over 5 years' }, source: { key: 'cauley2003effects', locator: 'Abstract' } };
    const [problem, ...rest] = crossCheckClaims(records(benefit, other), bibliography);
    expect(rest).toEqual([]);
    expect(problem!.message).toContain('source `cauley2003effects` vs `gartlehner2022hormone`');
    expect(problem!.message).toContain('unit "per 1,000 women" vs "per 10,000 women"');
    expect(problem!.message).toContain('time frame "over 5 years" vs "over 7.2 years"');
  });

  test('unknown paired ids, pairing a non-harm, duplicate ids and unknown source keys fail', () => {
    const messages = crossCheckClaims(records({ ...benefit, pairedHarms: ['nope', 'b2'] }, { ...benefit, id: 'b2', pairedHarms: ['h'] }, harm, { ...harm, source: { key: 'nosuch2020', locator: 'p. 1' } }), bibliography).map((p) => p.message);
    expect(messages).toEqual([
      'Claim "h" is defined twice (first in claims.yaml:3).',
      'Claim "b": paired harm "nope" is not a claim.',
      'Claim "b": paired claim "b2" is a benefit, not a harm.',
    ]);
    expect(crossCheckClaims(records({ ...harm, source: { key: 'nosuch2020', locator: 'p. 1' } }), bibliography)[0]!.message).toContain('source key `nosuch2020` is not in references.bib');
  });

  test('the same outcome, intervention, population and source graded twice differently fails; the same level passes', () => {
    const twice = { ...harm, id: 'h2', certainty: { level: 'high', reasons: ['A large randomized trial with adjudicated events.'] } };
    expect(crossCheckClaims(records(harm, twice), bibliography).map((p) => p.field)).toEqual(['claims[1].certainty.level']);
    expect(crossCheckClaims(records(harm, { ...twice, certainty: harm.certainty }), bibliography)).toEqual([]);
  });

  test('pairedHarmsOf lists the paired harms of the benefits among the ids, once each', () => {
    const map = new Map(records(benefit, harm).map((c) => [c.id, c]));
    expect(pairedHarmsOf(['h', 'b', 'b'], map).map((c) => c.id)).toEqual(['h']);
    expect(pairedHarmsOf(['h'], map)).toEqual([]);
  });
});

/** A parse record with just the fields the claim checks read. */
function record(sections: Array<[string, number, number]>, claims: Array<[string, number]>, level = 'academic'): ParseRecord {
  return {
    file: `content/articles/t/${level}.mdx`,
    topic: 't',
    level,
    citations: [],
    components: [],
    certainty: [],
    math: [],
    prose: '',
    pageQuestions: [],
    questionKeys: [],
    nextSteps: [],
    sections: sections.map(([id, depth, line]) => ({ id, depth, line, title: id })),
    claims: claims.map(([id, line]) => ({ id, line, via: 'Claim' as const })),
  };
}

describe('the pairing rule, per section', () => {
  const claims = new Map(records(benefit, harm).map((c) => [c.id, c]));

  test('an h2 spans its h3s; an h3 ends at the next heading of its depth or above', () => {
    const units = sectionUnits(record([['a', 2, 5], ['a1', 3, 8], ['a2', 3, 12], ['b', 2, 20]], []));
    expect(units.map((u) => [u.id, u.from, u.to])).toEqual([[null, 0, 5], ['a', 5, 20], ['a1', 8, 12], ['a2', 12, 20], ['b', 20, Infinity]]);
  });

  test('benefit and harm in the same h3 pass', () => {
    expect(pairedHarmProblems(record([['a', 2, 5], ['a1', 3, 8]], [['b', 9], ['h', 10]]), claims)).toEqual([]);
  });

  test('a harm in a sibling h3 balances the h2 but not the h3 that states the benefit', () => {
    const problems = pairedHarmProblems(record([['a', 2, 5], ['a1', 3, 8], ['a2', 3, 12]], [['b', 9], ['h', 13]]), claims);
    expect(problems.map((p) => p.message)).toEqual(['Section #a1 cites the benefit claim "b" but not its paired harms "h".']);
  });

  test('a harm in the next h2 does not count', () => {
    const problems = pairedHarmProblems(record([['a', 2, 5], ['b', 2, 20]], [['b', 6], ['h', 21]]), claims);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[6, 'Section #a cites the benefit claim "b" but not its paired harms "h".']]);
  });

  test('unknown ids are reported at their line; bare levels only at Intermediate and Academic depth', () => {
    const r = record([['a', 2, 5]], [['b', 6], ['nope', 7]]);
    expect(unknownClaimProblems(r, claims).map((p) => p.line)).toEqual([7]);
    const labelled = { ...r, certainty: [{ level: 'low', line: 9, source: '<Certainty level="low" />', block: { type: 'paragraph', line: 9 }, cites: true }] };
    expect(bareCertaintyProblems(labelled).map((p) => p.line)).toEqual([9]);
    expect(bareCertaintyProblems({ ...labelled, level: 'fundamentals' })).toEqual([]);
  });
});

describe('a trial\'s fracture benefit shown by a component travels with that trial\'s harms', () => {
  const arms = [
    { id: 'ht', intervention: 'conjugated estrogens' },
    { id: 'placebo', intervention: 'placebo' },
  ];
  const hip = { site: 'hip fracture', arm: 'ht', versus: 'placebo', estimate: 0.65 };
  const trials = new Map([
    ['ht-trial', { arms, outcomes: [hip] }],
    ['ht-no-benefit', { arms, outcomes: [{ ...hip, estimate: 1.1 }] }],
    ['ht-unrecorded', { arms, outcomes: [hip] }],
  ]) as unknown as Parameters<typeof trialBenefitHarmProblems>[2];
  const claims = new Map(records({ ...harm, trials: ['ht-trial'] }, { ...harm, id: 'h2', outcome: 'clots', trials: ['ht-trial'] }).map((c) => [c.id, c]));
  const withComponents = (components: Array<[string, Record<string, string>, number]>, cited: Array<[string, number]>) => ({
    ...record([['a', 2, 5], ['b', 2, 20]], cited),
    components: components.map(([name, props, line]) => ({ name, line, props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, { text: v, expression: false }])) })),
  });

  test('a widget showing the benefit passes with every harm claim naming the trial in its section, and fails naming the missing ones', () => {
    expect(trialBenefitHarmProblems(withComponents([['AbsoluteRisk', { trial: 'ht-trial', outcome: 'hip fracture' }, 6]], [['h', 7], ['h2', 8]]), claims, trials)).toEqual([]);
    const problems = trialBenefitHarmProblems(withComponents([['AbsoluteRisk', { trial: 'ht-trial', outcome: 'hip fracture' }, 6]], [['h', 7], ['h2', 21]]), claims, trials);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[6, 'Section #a shows the hip fracture benefit of hormone therapy in trial "ht-trial" (<AbsoluteRisk>) but not the harms counted in the same trial: "h2".']]);
  });

  test('a trial table counts too; a trial no harm claim names is reported as unrecorded', () => {
    expect(trialBenefitHarmProblems(withComponents([['TrialTable', { id: 'ht-trial' }, 22]], []), claims, trials).map((p) => p.line)).toEqual([22]);
    const [problem] = trialBenefitHarmProblems(withComponents([['TrialTable', { id: 'ht-unrecorded' }, 6]], []), claims, trials);
    expect(problem?.message).toContain('no harm claim in content/claims/ lists that trial');
  });

  test('not a fracture benefit: a ratio above 1, another outcome, an unknown trial, another component', () => {
    const none = (c: [string, Record<string, string>, number]) => trialBenefitHarmProblems(withComponents([c], []), claims, trials);
    expect(none(['AbsoluteRisk', { trial: 'ht-no-benefit', outcome: 'hip fracture' }, 6])).toEqual([]);
    expect(none(['AbsoluteRisk', { trial: 'ht-trial', outcome: 'vertebral fracture' }, 6])).toEqual([]);
    expect(none(['AbsoluteRisk', { trial: 'nope', outcome: 'hip fracture' }, 6])).toEqual([]);
    expect(none(['Claim', { id: 'h' }, 6])).toEqual([]);
  });

  describe('another treatment than hormone therapy', () => {
    const drug = (estimate: number, ci?: [number, number]) => ({ arms: [{ id: 'bp', intervention: 'alendronate' }, arms[1]!], outcomes: [{ ...hip, arm: 'bp', estimate, ci }] });
    const drugTrials = new Map([
      ['bp-harms', drug(0.6, [0.4, 0.9])],
      ['bp-words', drug(0.6)],
      ['bp-none', drug(0.6, [0.4, 0.9])],
      ['bp-null', drug(0.9, [0.7, 1.1])],
      ['ht-null', { arms, outcomes: [{ ...hip, estimate: 0.9, ci: [0.7, 1.1] }] }],
    ]) as unknown as Parameters<typeof trialBenefitHarmProblems>[2];
    const unreported = { id: 's', kind: 'statement', statement: 'The abstract gives no harms in numbers.', source: { key: 'gartlehner2022hormone', locator: 'Abstract (Results)' }, certainty: { level: 'insufficient', reasons: ['No harm was read in numbers.'] } };
    const drugClaims = new Map(
      records(
        { ...harm, trials: ['bp-harms'] },
        { ...unreported, trials: ['bp-words', 'bp-harms'] },
        { ...unreported, id: 's2', trials: ['ht-null'] },
      ).map((c) => [c.id, c]),
    );
    const check = (trial: string, cited: Array<[string, number]>) =>
      trialBenefitHarmProblems(withComponents([['TrialTable', { id: trial }, 6]], cited), drugClaims, drugTrials).map((p) => p.message);

    test('its harm claims are required like hormone therapy\'s, and a statement does not stand in for them', () => {
      expect(check('bp-harms', [['h', 7]])).toEqual([]);
      expect(check('bp-harms', [['s', 7]])).toEqual(['Section #a shows the hip fracture benefit of alendronate in trial "bp-harms" (<TrialTable>) but not the harms counted in the same trial: "h".']);
    });

    test('with no harm in numbers, the statement saying so must be cited in the section', () => {
      expect(check('bp-words', [['s', 7]])).toEqual([]);
      expect(check('bp-words', [['s', 21]])).toEqual(['Section #a shows the hip fracture benefit of alendronate in trial "bp-words" (<TrialTable>) but not the record of what is known of that trial\'s harms (none in numbers): "s".']);
    });

    test('a trial that no claim lists is reported, naming both ways to fix it', () => {
      const [problem] = trialBenefitHarmProblems(withComponents([['TrialTable', { id: 'bp-none' }, 6]], []), drugClaims, drugTrials);
      expect(problem?.message).toBe('Section #a shows the hip fracture benefit of alendronate in trial "bp-none" (<TrialTable>), but no claim in content/claims/ lists that trial, so nothing on its harms can be cited.');
      expect(problem?.hint).toContain('a statement claim with `trials: [bp-none]`');
    });

    test('a ratio whose interval includes no difference is not shown as a benefit; for hormone therapy it still is', () => {
      expect(check('bp-null', [])).toEqual([]);
      // Hormone therapy keeps its stricter rule: any ratio below 1, and only harm claims count.
      expect(check('ht-null', [['s2', 7]])).toEqual(['Section #a shows the hip fracture benefit of hormone therapy in trial "ht-null" (<TrialTable>), but no harm claim in content/claims/ lists that trial, so its harms cannot be cited.']);
    });
  });

  test('a claim naming an unknown trial is reported at its `trials` field', () => {
    const [problem] = unknownClaimTrialProblems(new Map(records({ ...harm, trials: ['ht-trail'] }).map((c) => [c.id, c])), trials);
    expect(problem?.field).toBe('claims[0].trials');
    expect(problem?.message).toBe('Claim "h": trial "ht-trail" is not a record in content/trials/.');
  });
});

describe('the parse record', () => {
  test('records each cited claim with its line and component, and the claims of each section for print views', async () => {
    const file = 'tests/fixtures/bad/claim-missing-paired-harm.mdx';
    const [parsed] = await parseRecordsOf(file);
    expect(parsed!.claims).toEqual([
      { id: 'ht-ea-fractures-uspstf', line: 7, via: 'Claim' },
      { id: 'ht-ea-stroke-uspstf', line: 7, via: 'Claim' },
      { id: 'ht-ea-vte-uspstf', line: 11, via: 'Claim' },
    ]);
    // A <Claim> is also a certainty label, in a block that cites its source.
    expect(parsed!.certainty.map((l) => [l.claim, l.source, l.cites])).toEqual([
      ['ht-ea-fractures-uspstf', '<Claim id="ht-ea-fractures-uspstf" />', true],
      ['ht-ea-stroke-uspstf', '<Claim id="ht-ea-stroke-uspstf" />', true],
      ['ht-ea-vte-uspstf', '<Claim id="ht-ea-vte-uspstf" />', true],
    ]);
    const { frontmatter } = await processMdx(file);
    expect(frontmatter.sectionClaims).toEqual({ fractures: ['ht-ea-fractures-uspstf', 'ht-ea-stroke-uspstf'], harms: ['ht-ea-vte-uspstf'] });
  });
});

describe('the real content', () => {
  let siteRecords: ParseRecord[] = [];
  beforeAll(async () => {
    siteRecords = await parseRecordsOf();
  }, 180_000);

  test('every claim loads and every article cites claims by the rules', () => {
    const { claims, trials } = loadSiteData(ROOT);
    expect(claims.size).toBeGreaterThan(50);
    expect(checkClaims(siteRecords, claims, trials)).toEqual([]);
    expect(unknownClaimTrialProblems(claims, trials)).toEqual([]);
  });

  test('every section that states the USPSTF fracture benefit cites the benefit claim and its paired harms', () => {
    const { claims } = loadSiteData(ROOT);
    const citing = siteRecords.filter((r) => r.claims.some((c) => c.id === 'ht-ea-fractures-uspstf'));
    expect(citing.map((r) => r.file).sort()).toEqual([
      'content/articles/estrogen-dose/academic.mdx',
      'content/articles/estrogen-dose/intermediate.mdx',
      'content/articles/hormonal-treatments/academic.mdx',
      'content/articles/hormone-therapy-prevention/academic.mdx',
      'content/articles/hormone-therapy-prevention/fundamentals.mdx',
      'content/articles/hormone-therapy-prevention/intermediate.mdx',
      'content/start/hormone-therapy.mdx',
      'content/start/osteopenia.mdx',
    ]);
    expect(claims.get('ht-ea-fractures-uspstf')!.pairedHarms.length).toBeGreaterThan(0);
    // Every #whi-fractures section that cites the estrogen-plus-progestin fracture paper also states that regimen's harms in numbers.
    const epHarms = claims.get('ht-ep-hip-fracture-whi')!.pairedHarms;
    expect(epHarms).toEqual(['ht-ep-breast-cancer-whi', 'ht-ep-stroke-whi', 'ht-ep-pe-whi', 'ht-ep-chd-whi']);
    const whiSections = siteRecords.flatMap((r) =>
      sectionUnits(r)
        .filter((u) => u.id === 'whi-fractures' && r.citations.some((c) => c.key === 'cauley2003effects' && c.line >= u.from && c.line < u.to))
        .map((u) => ({ file: r.file, cited: new Set(r.claims.filter((c) => c.line >= u.from && c.line < u.to).map((c) => c.id)) })),
    );
    expect(whiSections.map((x) => x.file).sort()).toEqual([
      'content/articles/hormone-therapy-prevention/academic.mdx',
      'content/articles/hormone-therapy-prevention/fundamentals.mdx',
      'content/articles/hormone-therapy-prevention/intermediate.mdx',
    ]);
    for (const section of whiSections) expect(epHarms.filter((id) => !section.cited.has(id))).toEqual([]);
    // No Intermediate or Academic label is left without a claim.
    expect(siteRecords.filter((r) => r.level !== 'fundamentals').flatMap((r) => r.certainty.filter((l) => !l.claim))).toEqual([]);
  });
});
