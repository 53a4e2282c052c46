/**
 * The evidence-profile validator at its edges (src/lib/evidence/*): the
 * GRADE arithmetic, the rating rules against the data, the derived flow and
 * every check against the trial records, with exact messages, field paths and lines. Small inline records keep it fast enough
 * to run once per mutant (npm run test:mutation:lib).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as yamlParse, stringify } from 'yaml';
import { analyseOutcome, baselineOf } from '../../../src/lib/evidence/analyse-outcome';
import { studyFlow } from '../../../src/lib/evidence/flow';
import { imprecisionRule, inconsistencyRule, nonOverlapping } from '../../../src/lib/evidence/grade-rules';
import { isProfile, loadEvidence, validateEvidenceSource, type ProfileRecord } from '../../../src/lib/evidence/load-evidence';
import { gradeSchema } from '../../../src/lib/evidence/schema';
import type { TrialRecord } from '../../../src/lib/trials/load-trials';

/** A trial record with the outcomes given (only the fields the validator and the analysis read). */
type Outcome = { site: string; effect: string; estimate?: number; ci?: [number, number]; arm?: string; versus?: string; events?: [number, number] };
const trial = (id: string, outcomes: Outcome[], intervention = 'conjugated estrogens') =>
  [
    id,
    {
      id,
      name: id,
      citation: `${id}2000`,
      source: 'primary abstract',
      population: { randomized: 200 },
      arms: [
        { id: 'active', intervention, n: 100 },
        { id: 'placebo', intervention: 'placebo', n: 100 },
      ],
      outcomes: outcomes.map((o) => ({ arm: 'active', versus: 'placebo', estimate: o.ci ? Math.sqrt(o.ci[0] * o.ci[1]) : 0.8, locator: 'Abstract', ...o })),
    },
  ] as const;
const trials = new Map([
  trial('alpha', [{ site: 'any fracture', effect: 'hazard ratio', ci: [0.6, 0.9], events: [10, 20] }]),
  trial('beta', [
    { site: 'any fracture', effect: 'hazard ratio', ci: [0.75, 1.0] },
    { site: 'hip fracture', effect: 'hazard ratio' },
    { site: 'lumbar spine', effect: 'mean percent change difference', ci: [1, 3] },
  ]),
  trial('gamma', [{ site: 'any fracture', effect: 'hazard ratio', ci: [0.6, 0.9] }], 'conjugated estrogens + progestogen'),
  // FIT and FREEDOM as recorded: the old cross-drug pool of the antiresorptive page.
  trial('fit', [{ site: 'vertebral fracture', effect: 'risk ratio', estimate: 0.53, ci: [0.41, 0.68] }], 'alendronate'),
  trial('freedom', [{ site: 'vertebral fracture', effect: 'risk ratio', estimate: 0.32, ci: [0.26, 0.41] }], 'denosumab'),
]) as unknown as Map<string, TrialRecord>;

const domain = (rating: string) => ({ rating, reason: 'A reason of some length.' });
function grade(ratings: string[] = [], certainty = 'high') {
  const names = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'];
  return { certainty, ...Object.fromEntries(names.map((name, i) => [name, domain(ratings[i] ?? 'not serious')])), summary: 'A plain-language bottom line.' };
}
type Loose = { [key: string]: unknown };
/** A valid profile (alpha and beta pooled for any fracture), changed by `change`. */
function profile(change: (p: Loose & { considered: Loose[]; outcomes: Array<Loose & { studies: Loose[]; grade: Loose }> }) => void = () => {}) {
  const p = {
    title: 'Test profile',
    question: 'Does it lower the risk of fracture?',
    pico: { population: 'Women after menopause', intervention: 'The drug', comparison: 'Placebo', outcomes: 'Fractures' },
    eligibility: ['Randomized trials.'],
    search: { queries: [{ id: 'q1', query: 'the drug', where: 'stored pages', date: '2026-12-05', found: 'Two trials' }], notSearched: 'Bibliographic databases themselves.' },
    considered: [
      { name: 'Alpha', trial: 'alpha', foundIn: ['q1'], status: 'included' },
      { name: 'Beta', trial: 'beta', foundIn: ['q1'], status: 'included' },
      { name: 'Delta', foundIn: ['q1'], status: 'awaiting assessment', reason: 'Only a title was found.' },
      { name: 'Epsilon', foundIn: ['q1'], status: 'excluded', reason: 'Bone density only, no fractures.' },
    ] as Loose[],
    outcomes: [
      {
        id: 'any-fracture',
        title: 'Any fracture',
        kind: 'benefit',
        measure: 'hazard ratio',
        studies: [{ trial: 'alpha', site: 'any fracture' }, { trial: 'beta', site: 'any fracture', label: 'Beta' }] as Loose[],
        baseline: { fromTrial: 'alpha', years: 3, source: 'Alpha placebo arm' },
        // Two trials: the Hartung–Knapp interval crosses 1 and 0.75, so imprecision is serious.
        grade: grade(['not serious', 'not serious', 'not serious', 'serious'], 'moderate') as Loose,
      },
    ],
    summary: 'A plain-language summary of the profile.',
  };
  change(p);
  return stringify(p);
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('GRADE certainty follows from the domain ratings', () => {
  const check = (ratings: string[], certainty: string) => gradeSchema.safeParse(grade(ratings, certainty));
  test.each([
    [[], 'high'],
    [['serious'], 'moderate'],
    [['serious', 'serious'], 'low'],
    [['very serious'], 'low'],
    [['very serious', 'serious'], 'very-low'],
    [['very serious', 'very serious'], 'very-low'],
    [['very serious', 'very serious', 'very serious', 'very serious', 'very serious'], 'very-low'],
  ])('rated down by %j is %s', (ratings, certainty) => {
    expect(check(ratings, certainty).success).toBe(true);
  });

  test('any other certainty is reported with the arithmetic; "insufficient" is always allowed', () => {
    const result = check(['serious', 'serious'], 'moderate');
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['certainty', 'Certainty "moderate" does not follow from the domain ratings: randomized evidence rated down 2 level(s) is "low".'],
    ]);
    expect(check(['very serious', 'very serious', 'serious'], 'low').error?.issues[0]?.message).toContain('rated down 5 level(s) is "very-low"');
    expect(check([], 'moderate').success).toBe(false);
    expect(check(['serious'], 'high').success).toBe(false);
    expect(check(['serious'], 'insufficient').success).toBe(true);
  });
});

describe('validateEvidenceSource', () => {
  const file = 'content/evidence/e.yaml';
  test('a valid profile gives the record with its slug and defaults, and no problems', () => {
    const { evidence, problems } = validateEvidenceSource(profile(), 'content/evidence/test-profile.yaml', trials);
    expect(problems).toEqual([]);
    expect(evidence?.slug).toBe('test-profile');
    expect(evidence && isProfile(evidence) && evidence.outcomes[0]!.method).toBe('REML');
    expect(evidence && isProfile(evidence) && evidence.caveats).toEqual([]);
  });

  test('a YAML syntax error names its line', () => {
    const { evidence, problems } = validateEvidenceSource('title: x\nstudies: [a, b\ngrade: y\n', file, trials);
    expect(evidence).toBeUndefined();
    expect(problems[0]!.message).toMatch(/^YAML syntax error: [^\n]+$/);
  });

  test('a schema problem names the field path, the line and where to read more', () => {
    const text = profile((p) => (p.considered[2]!.reason = undefined));
    const { evidence, problems } = validateEvidenceSource(text, file, trials);
    expect(evidence).toBeUndefined();
    expect(problems).toEqual([
      { file, line: lineOf(text, 'name: Delta'), field: 'considered[2].reason', message: 'A study "awaiting assessment" needs a `reason` (why it was excluded, or what is missing to assess it).', hint: 'See "Evidence profiles" in content/README.md.' },
    ]);
  });

  test('an unknown trial and a missing interval are reported on their lines, and the other studies are still checked', () => {
    const text = profile((p) => {
      p.outcomes[0]!.studies[0]!.trial = 'alpa';
      p.outcomes[0]!.studies[1]!.site = 'hip fracture';
    });
    const { problems } = validateEvidenceSource(text, file, trials);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [lineOf(text, 'trial: alpa'), 'outcomes[0].studies[0].trial', 'No trial "alpa" in content/trials/.'],
      [lineOf(text, 'site: hip fracture'), 'outcomes[0].studies[1].site', 'Trial "beta" reports no confidence interval for "hip fracture", so it cannot be pooled.'],
    ]);
  });

  test('a pooled trial must be an included study, and every study must say where it was found', () => {
    const text = profile((p) => {
      p.considered[1]!.status = 'excluded';
      p.considered[1]!.reason = 'Excluded for this test only.';
      p.considered[0]!.foundIn = ['q2'];
    });
    const { problems } = validateEvidenceSource(text, file, trials);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['considered[0].foundIn[0]', '"q2" is not a `search.syntheses` or `search.queries` id.'],
      ['outcomes[0].studies[1].trial', 'Trial "beta" is pooled but is not an included study in `considered`.'],
    ]);
  });

  test('a baseline derived from a trial needs that trial among the studies and its control-arm events', () => {
    const text = profile((p) => (p.outcomes[0]!.baseline = { fromTrial: 'beta', years: 3, source: 'Beta placebo arm' }));
    expect(validateEvidenceSource(text, file, trials).problems.map((p) => p.message)).toEqual([
      'Trial "beta" gives no control-arm events and arm size for "any fracture", so the baseline risk cannot be derived from it.',
    ]);
  });
});

describe('rating rules', () => {
  const file = 'content/evidence/e.yaml';
  const messages = (text: string) => validateEvidenceSource(text, file, trials).problems.map((p) => `${p.field}: ${p.message}`);

  test('imprecision "not serious" fails when the Hartung–Knapp interval crosses 1 and a threshold, though REML does not', () => {
    // alpha 0.6–0.9 and beta 0.75–1.0: REML excludes 1; Hartung–Knapp with one degree of freedom does not.
    const text = profile((p) => (p.outcomes[0]!.grade = grade([], 'high')));
    const analysis = analyseOutcome({ ...yamlParse(text).outcomes[0], method: 'REML' }, trials);
    expect(analysis.pooled.find((r) => r.method === 'REML')!.upper).toBeLessThan(1);
    const [message] = messages(text);
    expect(message).toMatch(/^outcomes\[0\]\.grade\.imprecision\.rating: Imprecision is rated "not serious", but the widest interval shown for "any-fracture" runs from 0\.\d\d to \d+\.\d\d: it crosses no effect \(1\) and the important-effect threshold/);
  });

  test('outcome-specific thresholds with a source replace 0.75 and 1.25', () => {
    const analysis = analyseOutcome(
      { id: 'x', title: 'X', kind: 'benefit', measure: 'hazard ratio', method: 'REML', studies: [{ trial: 'beta', site: 'any fracture' }], baseline: { per1000: 10, years: 1, source: 'A source.' }, grade: grade() as never, caveats: [] },
      trials,
    );
    const outcome = (thresholds?: { lower: number; upper: number; source: string }) => ({ id: 'x', grade: grade(), thresholds }) as never;
    expect(analysis.widest).toEqual([0.75, 1.0]);
    // 0.75–1.0 touches 1 but does not cross it: no problem with any thresholds.
    expect(imprecisionRule(outcome(), analysis)).toBeUndefined();
    const wide = { ...analysis, widest: [0.8, 1.1] as [number, number] };
    expect(imprecisionRule(outcome(), wide)).toBeUndefined();
    expect(imprecisionRule(outcome({ lower: 0.9, upper: 1.1, source: 'A named source.' }), wide)?.message).toContain('threshold 0.9.');
  });

  test('the old antiresorptive pool is caught: REML 0.25–0.67 shown first, Hartung–Knapp 0.02–10', () => {
    const text = profile((p) => {
      p.considered = [
        { name: 'FIT', trial: 'fit', foundIn: ['q1'], status: 'included' },
        { name: 'FREEDOM', trial: 'freedom', foundIn: ['q1'], status: 'included' },
      ];
      p.outcomes[0] = { ...p.outcomes[0]!, measure: 'risk ratio', studies: [{ trial: 'fit', site: 'vertebral fracture' }, { trial: 'freedom', site: 'vertebral fracture' }], baseline: { per1000: 100, years: 3, source: 'A named source.' }, grade: grade(['not serious', 'serious'], 'moderate') };
    });
    expect(messages(text)).toEqual([
      'outcomes[0].grade.imprecision.rating: Imprecision is rated "not serious", but the widest interval shown for "any-fracture" runs from 0.02 to 10.12: it crosses no effect (1) and the important-effect thresholds 0.75 and 1.25.',
    ]);
    const unexplained = text.replace(/inconsistency:\n(\s+)rating: serious/, 'inconsistency:\n$1rating: not serious').replace(/imprecision:\n(\s+)rating: not serious/, 'imprecision:\n$1rating: serious');
    expect(messages(unexplained)).toEqual(['outcomes[0].grade.inconsistency.rating: Inconsistency is rated "not serious" for "any-fracture", but I² is 88%.']);
    const explained = profile((p) => {
      p.considered = [
        { name: 'FIT', trial: 'fit', foundIn: ['q1'], status: 'included' },
        { name: 'FREEDOM', trial: 'freedom', foundIn: ['q1'], status: 'included' },
      ];
      const g = grade(['not serious', 'not serious', 'not serious', 'serious'], 'moderate') as unknown as Loose & { inconsistency: Loose };
      g.inconsistency = { ...g.inconsistency, explanation: 'Both drugs reduce fractures well beyond the 0.75 threshold.' };
      p.outcomes[0] = { ...p.outcomes[0]!, measure: 'risk ratio', studies: [{ trial: 'fit', site: 'vertebral fracture' }, { trial: 'freedom', site: 'vertebral fracture' }], baseline: { per1000: 100, years: 3, source: 'A named source.' }, grade: g };
    });
    expect(messages(explained)).toEqual([]);
  });

  test('non-overlapping intervals need a serious rating even when I² is low', () => {
    const analysis = { studies: [{ label: 'A', ci: [0.2, 0.4] }, { label: 'B', ci: [0.5, 0.9] }, { label: 'C', ci: [0.3, 0.6] }], i2: 10 } as never;
    expect(nonOverlapping(analysis)).toEqual(['A and B']);
    expect(inconsistencyRule({ id: 'x', grade: grade() } as never, analysis)?.message).toBe('Inconsistency is rated "not serious" for "x", but the intervals of A and B do not overlap.');
  });

  test('pooling estrogen alone with estrogen plus progestogen needs a recorded decision', () => {
    const pooled = profile((p) => {
      p.considered.push({ name: 'Gamma', trial: 'gamma', foundIn: ['q1'], status: 'included' });
      p.outcomes[0]!.studies[1] = { trial: 'gamma', site: 'any fracture' };
    });
    expect(messages(pooled)).toEqual(['outcomes[0].poolingDecision: Outcome "any-fracture" pools estrogen-alone with estrogen-plus-progestogen trials without a recorded decision.']);
    const decided = profile((p) => {
      p.considered.push({ name: 'Gamma', trial: 'gamma', foundIn: ['q1'], status: 'included' });
      p.outcomes[0]!.studies[1] = { trial: 'gamma', site: 'any fracture' };
      p.outcomes[0]!.poolingDecision = 'pool';
      p.decisions = [{ id: 'pool', decision: 'Both regimens are pooled.', reason: 'The estimates agree closely.' }];
    });
    expect(messages(decided).filter((m) => m.includes('poolingDecision'))).toEqual([]);
  });
});

describe('derived flow and absolute effects', () => {
  test('the flow counts come from the per-study records', () => {
    const { evidence } = validateEvidenceSource(profile(), 'content/evidence/e.yaml', trials);
    expect(evidence && isProfile(evidence) && studyFlow(evidence.considered)).toEqual({ considered: 4, included: 2, excluded: 1, awaiting: 1, bySource: { q1: 4 } });
  });

  test('a baseline from a trial is its control arm events over its size; a rate is per 10,000 person-years times years', () => {
    const { evidence } = validateEvidenceSource(profile(), 'content/evidence/e.yaml', trials);
    const outcome = (evidence as ProfileRecord).outcomes[0]!;
    const analysis = analyseOutcome(outcome, trials);
    expect(baselineOf(outcome, analysis)).toEqual({ per1000: 200, years: 3, source: 'Alpha placebo arm (20 of 100)' });
    expect(baselineOf({ ...outcome, baseline: { ratePer10000PersonYears: 35, years: 5.6, source: 'A placebo arm' } }, analysis)).toMatchObject({ per1000: 19.6 });
    expect(analysis.participants).toBe(400);
  });
});

describe('loadEvidence', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('keeps only questions without problems, in name order, and reports the rest; no folder means no questions', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'strata-evidence-'));
    dirs.push(root);
    const previous = process.env.STRATA_CONTENT_DIR;
    delete process.env.STRATA_CONTENT_DIR;
    try {
      expect(loadEvidence(root, trials)).toEqual({ evidence: new Map(), problems: [] });
      const dir = path.join(root, 'content', 'evidence');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'b.yaml'), profile());
      writeFileSync(path.join(dir, 'a.yml'), profile());
      writeFileSync(path.join(dir, 'c.yaml'), profile((p) => (p.outcomes[0]!.studies[0]!.trial = 'zeta')));
      writeFileSync(path.join(dir, 'readme.txt'), 'not a question');
      const { evidence, problems } = loadEvidence(root, trials);
      expect([...evidence.keys()]).toEqual(['a', 'b']);
      expect(problems.map((p) => [p.file, p.field])).toEqual([[path.join('content', 'evidence', 'c.yaml'), 'outcomes[0].studies[0].trial']]);
    } finally {
      if (previous !== undefined) process.env.STRATA_CONTENT_DIR = previous;
    }
  });
});
