/**
 * The evidence-question validator at its edges (src/lib/evidence/*): the
 * GRADE arithmetic, and every check against the trial records, with exact
 * messages, field paths and lines. Small inline records keep it fast enough
 * to run once per mutant (npm run test:mutation:lib).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadEvidence, validateEvidenceSource } from '../../../src/lib/evidence/load-evidence';
import { gradeSchema } from '../../../src/lib/evidence/schema';
import type { TrialRecord } from '../../../src/lib/trials/load-trials';

/** A trial record with the outcomes given (only the fields the validator reads). */
const trial = (id: string, outcomes: Array<{ site: string; effect: string; ci?: [number, number] }>) => [id, { id, name: id, outcomes }] as const;
const trials = new Map([
  trial('alpha', [{ site: 'any fracture', effect: 'hazard ratio', ci: [0.6, 0.9] }]),
  trial('beta', [
    { site: 'any fracture', effect: 'hazard ratio', ci: [0.5, 1.0] },
    { site: 'hip fracture', effect: 'hazard ratio' },
    { site: 'lumbar spine', effect: 'mean percent change difference', ci: [1, 3] },
  ]),
]) as unknown as Map<string, TrialRecord>;

const domain = (rating: string) => ({ rating, reason: 'A reason of some length.' });
function grade(ratings: string[] = [], certainty = 'high') {
  const names = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'];
  return { certainty, ...Object.fromEntries(names.map((name, i) => [name, domain(ratings[i] ?? 'not serious')])), summary: 'A plain-language bottom line.' };
}
function question(change: (q: { [key: string]: unknown; studies: Array<{ [key: string]: unknown }> }) => void = () => {}) {
  const q = {
    title: 'Test question',
    question: 'Does it lower the risk of fracture?',
    measure: 'hazard ratio',
    studies: [
      { trial: 'alpha', site: 'any fracture' },
      { trial: 'beta', site: 'any fracture', label: 'Beta' },
    ] as Array<{ [key: string]: unknown }>,
    grade: grade() as { [key: string]: unknown },
  };
  change(q);
  return stringify(q);
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
  test('a valid question gives the record with its slug, the default method and no problems', () => {
    const { evidence, problems } = validateEvidenceSource(question(), 'content/evidence/test-question.yaml', trials);
    expect(problems).toEqual([]);
    expect(evidence?.slug).toBe('test-question');
    expect(evidence?.method).toBe('REML');
    expect(evidence?.caveats).toEqual([]);
    expect(validateEvidenceSource(question(), 'content/evidence/other.yml', trials).evidence?.slug).toBe('other');
  });

  test('a YAML syntax error names its line', () => {
    const { evidence, problems } = validateEvidenceSource('title: x\nstudies: [a, b\ngrade: y\n', 'content/evidence/e.yaml', trials);
    expect(evidence).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'content/evidence/e.yaml' });
    expect(problems.every((p) => typeof p.line === 'number' && p.line >= 1)).toBe(true);
    expect(problems[0]!.message).toMatch(/^YAML syntax error: [^\n]+$/);
  });

  test('a schema problem names the field path, the line and where to read more', () => {
    const text = question((q) => (q.studies = [q.studies[0]!]));
    const { evidence, problems } = validateEvidenceSource(text, 'content/evidence/e.yaml', trials);
    expect(evidence).toBeUndefined();
    expect(problems).toEqual([
      { file: 'content/evidence/e.yaml', line: lineOf(text, 'trial: alpha'), field: 'studies', message: 'A meta-analysis pools at least two studies.', hint: 'See "Evidence questions" in content/README.md.' },
    ]);
    const top = validateEvidenceSource(question((q) => (q.extra = 1)), 'content/evidence/e.yaml', trials).problems;
    expect(top).toHaveLength(1);
    expect(top[0]!.field).toBeUndefined();
    expect(top[0]!.line).toBe(1);
  });

  test('an unknown trial is reported on its line with a suggestion, and the other studies are still checked', () => {
    const text = question((q) => {
      q.studies[0]!.trial = 'alpa';
      q.studies[1]!.site = 'hip fracture';
    });
    const { problems } = validateEvidenceSource(text, 'content/evidence/e.yaml', trials);
    expect(problems).toEqual([
      { file: 'content/evidence/e.yaml', line: lineOf(text, 'trial: alpa'), field: 'studies[0].trial', message: 'No trial "alpa" in content/trials/.', hint: 'Did you mean `alpha`?' },
      {
        file: 'content/evidence/e.yaml',
        line: lineOf(text, 'site: hip fracture'),
        field: 'studies[1].site',
        message: 'Trial "beta" reports no confidence interval for "hip fracture", so it cannot be pooled.',
        hint: 'Add the interval to the trial record from the paper, or leave the study out and say why in `caveats`.',
      },
    ]);
  });

  test('a study must have the pooled measure at that site', () => {
    const text = question((q) => (q.studies[1]!.site = 'lumbar spine'));
    const { evidence, problems } = validateEvidenceSource(text, 'content/evidence/e.yaml', trials);
    expect(evidence?.slug).toBe('e');
    expect(problems).toEqual([
      {
        file: 'content/evidence/e.yaml',
        line: lineOf(text, 'site: lumbar spine'),
        field: 'studies[1].site',
        message: 'Trial "beta" has no hazard ratio for "lumbar spine".',
        hint: 'Its outcomes are: any fracture (hazard ratio), hip fracture (hazard ratio), lumbar spine (mean percent change difference).',
      },
    ]);
    // The same site under another measure does not count.
    expect(validateEvidenceSource(question((q) => (q.measure = 'risk ratio')), 'content/evidence/e.yaml', trials).problems.map((p) => p.field)).toEqual(['studies[0].site', 'studies[1].site']);
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
      writeFileSync(path.join(dir, 'b.yaml'), question());
      writeFileSync(path.join(dir, 'a.yml'), question());
      writeFileSync(path.join(dir, 'c.yaml'), question((q) => (q.studies[0]!.trial = 'gamma')));
      writeFileSync(path.join(dir, 'readme.txt'), 'not a question');
      const { evidence, problems } = loadEvidence(root, trials);
      expect([...evidence.keys()]).toEqual(['a', 'b']);
      expect(problems.map((p) => [p.file, p.field])).toEqual([[path.join('content', 'evidence', 'c.yaml'), 'studies[0].trial']]);
    } finally {
      if (previous !== undefined) process.env.STRATA_CONTENT_DIR = previous;
    }
  });
});
