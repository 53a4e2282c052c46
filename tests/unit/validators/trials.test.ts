/**
 * The trial-record validator at its edges: each rule of the schema's
 * invariants (src/lib/trials/schema.ts) and of validateTrialSource
 * (src/lib/trials/load-trials.ts), with the exact message and field path,
 * and the boundary values a rule must still accept. Small inline records and
 * a stub bibliography keep this fast enough to run once per mutant
 * (npm run test:mutation:lib).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import type { Bibliography } from '../../../src/lib/bib/bibliography';
import { loadTrials, validateTrialSource } from '../../../src/lib/trials/load-trials';
import { fieldPath } from '../../../src/lib/yaml-record';
import { trialSchema } from '../../../src/lib/trials/schema';

const bibliography = new Map([['prestwood2003ultralow', {}]]) as unknown as Bibliography;

type Record = ReturnType<typeof validTrial>;
/** A small valid trial: an active and a placebo arm of 10, one comparison with a CI. */
function validTrial() {
  return {
    citation: 'prestwood2003ultralow',
    name: 'Test trial',
    source: 'primary abstract',
    design: { type: 'parallel RCT', blinding: 'double-blind', placeboControlled: true, locator: 'Abstract', blindingSource: 'Abstract (Methods)' },
    population: { description: 'Test population.', randomized: 20, locator: 'Abstract' },
    duration: { value: 1, unit: 'years', locator: 'Abstract' },
    arms: [
      { id: 'active', label: 'Estradiol 1 mg/day', intervention: 'estradiol', dose: { value: 1, unit: 'mg/day' }, route: 'oral', frequency: 'daily', n: 10, locator: 'Abstract' } as { [key: string]: unknown },
      { id: 'placebo', label: 'Placebo', intervention: 'placebo', route: 'oral', frequency: 'daily', n: 10, locator: 'Abstract' } as { [key: string]: unknown },
    ],
    outcomes: [
      {
        measure: 'BMD',
        site: 'lumbar spine',
        timepoint: { value: 1, unit: 'years' },
        effect: 'mean percent change difference',
        arm: 'active',
        versus: 'placebo',
        estimate: 2.8,
        ci: [1.9, 3.6],
        locator: 'Table 2',
      } as { [key: string]: unknown },
    ],
    summary: 'A test record.',
  };
}

/** The problems the schema reports for a changed record, as `path: message`. */
function issues(change: (trial: Record) => void): string[] {
  const trial = validTrial();
  change(trial);
  const result = trialSchema.safeParse(trial);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

describe('trial schema invariants', () => {
  test('the valid record passes, with ciLevel defaulting to 0.95', () => {
    const result = trialSchema.safeParse(validTrial());
    expect(result.success).toBe(true);
    expect(result.data?.outcomes[0]?.ciLevel).toBe(0.95);
  });

  test('every invariant is reported as a custom issue, all of them at once', () => {
    const trial = validTrial();
    trial.arms[1]!.id = 'active';
    delete trial.arms[0]!.dose;
    trial.population.randomized = 21;
    trial.outcomes.push(
      { ...trial.outcomes[0]!, versus: 'y', ci: [3, 4], se: 0.1, events: [30, 1] },
      { ...trial.outcomes[0]!, effect: 'mean percent change', events: [1, 1] },
      { ...trial.outcomes[0]!, arm: 'x', versus: undefined },
    );
    const result = trialSchema.safeParse(trial);
    const codes = result.error?.issues.map((issue) => `${issue.code} ${fieldPath(issue.path)}`);
    expect(codes).toEqual([
      'custom arms[0].dose',
      'custom arms[1].id',
      'custom arms',
      'custom outcomes[0].versus',
      'custom outcomes[1].versus',
      'custom outcomes[1].ci',
      'custom outcomes[1].events[0]',
      'custom outcomes[1].se',
      'custom outcomes[2].versus',
      'custom outcomes[2].versus',
      'custom outcomes[2].events',
      'custom outcomes[3].arm',
      'custom outcomes[3].versus',
    ]);
  });

  test('duplicate arm ids', () => {
    expect(issues((t) => (t.arms[1]!.id = 'active'))).toContain('arms[1].id: Duplicate arm id "active": give each arm its own id (outcomes name arms by id).');
  });

  test('an active arm needs a dose or a doseNote; placebo and no treatment do not', () => {
    expect(issues((t) => delete t.arms[0]!.dose)).toEqual([
      'arms[0].dose: Arm "active" is an active treatment but has no dose: add dose: { value, unit } as the paper states it, or a doseNote saying why the source gives none.',
    ]);
    expect(issues((t) => {
      delete t.arms[0]!.dose;
      t.arms[0]!.doseNote = 'Regimens, not doses.';
    })).toEqual([]);
    expect(issues((t) => (t.arms[1]!.intervention = 'no treatment'))).toEqual([]);
  });

  test('arm sizes must sum to the number randomized, unless one is unknown', () => {
    expect(issues((t) => (t.population.randomized = 21))).toEqual(["arms: Arm sizes sum to 20 but population.randomized is 21. Check both against the paper's CONSORT diagram."]);
    expect(issues((t) => {
      t.population.randomized = 21;
      delete t.arms[1]!.n;
    })).toEqual([]);
  });

  test('outcomes name known arms', () => {
    expect(issues((t) => (t.outcomes[0]!.arm = 'activ'))).toEqual(['outcomes[0].arm: Unknown arm "activ"; arms are active, placebo.']);
    expect(issues((t) => (t.outcomes[0]!.versus = 'placebp'))).toEqual(['outcomes[0].versus: Unknown arm "placebp"; arms are active, placebo.']);
  });

  test('a comparison has `versus`, a within-arm change has none', () => {
    expect(issues((t) => delete t.outcomes[0]!.versus)).toEqual(['outcomes[0].versus: A mean percent change difference compares two arms: add `versus`.']);
    expect(issues((t) => (t.outcomes[0]!.effect = 'mean percent change'))).toEqual(['outcomes[0].versus: A within-arm mean percent change has no `versus`.']);
    expect(issues((t) => {
      t.outcomes[0]!.effect = 'mean percent change';
      delete t.outcomes[0]!.versus;
    })).toEqual([]);
  });

  test('the interval contains the estimate; an estimate on either bound is accepted', () => {
    expect(issues((t) => (t.outcomes[0]!.ci = [3, 3.6]))).toEqual(['outcomes[0].ci: Confidence interval [3, 3.6] does not contain the estimate 2.8: lower ≤ estimate ≤ upper must hold.']);
    expect(issues((t) => (t.outcomes[0]!.ci = [1.9, 2.7]))).toHaveLength(1);
    expect(issues((t) => (t.outcomes[0]!.ci = [2.8, 3.6]))).toEqual([]);
    expect(issues((t) => (t.outcomes[0]!.ci = [1.9, 2.8]))).toEqual([]);
  });

  test('event counts belong to comparisons and cannot exceed the arm; equal to the arm is accepted', () => {
    expect(issues((t) => (t.outcomes[0]!.events = [10, 10]))).toEqual([]);
    expect(issues((t) => (t.outcomes[0]!.events = [11, 3]))).toEqual([
      'outcomes[0].events[0]: 11 events is more than the 10 participants in that arm: check both against the paper (events are [arm, versus]).',
    ]);
    expect(issues((t) => (t.outcomes[0]!.events = [3, 12]))).toEqual([
      'outcomes[0].events[1]: 12 events is more than the 10 participants in that arm: check both against the paper (events are [arm, versus]).',
    ]);
    expect(issues((t) => {
      t.outcomes[0]!.events = [3, 12];
      delete t.arms[1]!.n;
      t.population.randomized = 10;
    })).toEqual([]);
    expect(issues((t) => {
      t.outcomes[0]!.effect = 'mean percent change';
      delete t.outcomes[0]!.versus;
      t.outcomes[0]!.events = [1, 1];
    })).toEqual(['outcomes[0].events: Event counts belong to a comparison: add `versus`.']);
  });

  test('either a CI or an SE, not both', () => {
    expect(issues((t) => (t.outcomes[0]!.se = 0.4))).toEqual(['outcomes[0].se: Give either `ci` or `se`, as the source reports it, not both.']);
    expect(issues((t) => {
      delete t.outcomes[0]!.ci;
      t.outcomes[0]!.se = 0.4;
    })).toEqual([]);
  });

  test('ratios lie between 0.02 and 50, bounds included, for the estimate and both ends of the interval', () => {
    const ratio = (estimate: number, ci?: [number, number]) =>
      issues((t) => {
        Object.assign(t.outcomes[0]!, { effect: 'hazard ratio', estimate });
        if (ci) t.outcomes[0]!.ci = ci;
        else delete t.outcomes[0]!.ci;
      });
    expect(ratio(0.02)).toEqual([]);
    expect(ratio(50)).toEqual([]);
    expect(ratio(0.019)).toEqual(['outcomes[0].estimate: A hazard ratio must lie between 0.02 and 50; got 0.019.']);
    expect(ratio(51)).toEqual(['outcomes[0].estimate: A hazard ratio must lie between 0.02 and 50; got 51.']);
    expect(ratio(1, [0.01, 2])).toEqual(['outcomes[0].estimate: A hazard ratio must lie between 0.02 and 50; got 1, 0.01, 2.']);
    expect(ratio(1, [0.5, 60])).toEqual(['outcomes[0].estimate: A hazard ratio must lie between 0.02 and 50; got 1, 0.5, 60.']);
    // A ratio is not held to the percent-change bound.
    expect(ratio(40)).toEqual([]);
  });

  test('percent changes lie within ±30, bounds included, for the estimate and the interval', () => {
    const change = (estimate: number, ci: [number, number]) => issues((t) => Object.assign(t.outcomes[0]!, { estimate, ci }));
    expect(change(30, [29, 30])).toEqual([]);
    expect(change(-30, [-30, -29])).toEqual([]);
    expect(change(31, [29, 32])).toEqual(['outcomes[0].estimate: A percent change beyond ±30 % is implausible; got 31, 29, 32.']);
    expect(change(-29, [-31, -28])).toEqual(['outcomes[0].estimate: A percent change beyond ±30 % is implausible; got -29, -31, -28.']);
    // Small percent changes are not held to the ratio bounds.
    expect(change(0.01, [-1, 1])).toEqual([]);
  });
});

describe('validateTrialSource', () => {
  test('a valid file gives the record with its id from the file name and no problems', () => {
    const { trial, problems } = validateTrialSource(stringify(validTrial()), 'content/trials/test-2001.yaml', bibliography);
    expect(problems).toEqual([]);
    expect(trial?.id).toBe('test-2001');
    expect(trial?.name).toBe('Test trial');
    expect(validateTrialSource(stringify(validTrial()), 'content/trials/other.yml', bibliography).trial?.id).toBe('other');
  });

  test('a YAML syntax error names the line and how to fix it', () => {
    const { trial, problems } = validateTrialSource('name: x\n  bad: [1, 2\nsummary: y\n', 'content/trials/broken.yaml', bibliography);
    expect(trial).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'content/trials/broken.yaml', hint: 'Check indentation (spaces only) and that lists start with `- `.' });
    // The parser reports the bad nesting at `name: x` (line 1) and the unclosed list at line 3; each error has its line.
    expect(problems[0]!.line).toBe(1);
    expect(problems.map((p) => p.line)).toEqual([1, 1, 3]);
    // One line, without the parser's "at line …" suffix and code frame.
    expect(problems[0]!.message).toBe('YAML syntax error: Nested mappings are not allowed in compact mappings');
  });

  test('a schema problem names the file, the line of the field (or its nearest parent) and the field path', () => {
    const text = stringify(validTrial()).replace('randomized: 20', 'randomized: 21');
    // The line of the node for `arms`: its first item, on the line after `arms:`.
    const line = text.split('\n').findIndex((l) => l.startsWith('arms:')) + 2;
    const { trial, problems } = validateTrialSource(text, 'content/trials/t.yaml', bibliography);
    expect(trial).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'content/trials/t.yaml',
        line,
        field: 'arms',
        message: "Arm sizes sum to 20 but population.randomized is 21. Check both against the paper's CONSORT diagram.",
        hint: 'See "Trials" in content/README.md; every number is copied from the cited source with its locator.',
      },
    ]);
    // A missing field has no node of its own: the line is that of its parent.
    const withoutLocator = validTrial();
    delete (withoutLocator.outcomes[0] as { locator?: string }).locator;
    const missing = stringify(withoutLocator);
    const outcomeLine = missing.split('\n').findIndex((l) => l.includes('measure: BMD')) + 1;
    const result = validateTrialSource(missing, 'content/trials/t.yaml', bibliography);
    expect(result.problems.map((p) => [p.field, p.line])).toEqual([['outcomes[0].locator', outcomeLine]]);
  });

  test('a problem at the top level has no field path', () => {
    const { problems } = validateTrialSource(stringify({ ...validTrial(), extra: 1 }), 'content/trials/t.yaml', bibliography);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBeUndefined();
    expect(problems[0]!.line).toBe(1);
  });

  test('an unknown citation key is reported on its line with a suggestion, and the record is still returned', () => {
    // `citation` after other keys, so its line is not the first line.
    const { citation: _, ...rest } = validTrial();
    const text = stringify({ ...rest, citation: 'prestwood2003ultralo' });
    const { trial, problems } = validateTrialSource(text, 'content/trials/t.yaml', bibliography);
    expect(trial?.id).toBe('t');
    expect(problems).toEqual([
      {
        file: 'content/trials/t.yaml',
        line: text.split('\n').findIndex((l) => l.startsWith('citation:')) + 1,
        field: 'citation',
        message: 'Citation key `prestwood2003ultralo` is not in references.bib.',
        hint: 'Did you mean `prestwood2003ultralow`?',
      },
    ]);
  });
});

describe('fieldPath', () => {
  test('joins keys with dots and indexes with brackets', () => {
    expect(fieldPath([])).toBe('');
    expect(fieldPath(['arms'])).toBe('arms');
    expect(fieldPath(['arms', 1, 'n'])).toBe('arms[1].n');
    expect(fieldPath(['outcomes', 0, 'events', 1])).toBe('outcomes[0].events[1]');
  });
});

describe('loadTrials', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('reads every .yaml/.yml file in content/trials in name order, keeps valid ones and reports the rest', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'strata-trials-'));
    dirs.push(root);
    const dir = path.join(root, 'content', 'trials');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'b-trial.yaml'), stringify(validTrial()));
    writeFileSync(path.join(dir, 'a-trial.yml'), stringify(validTrial()));
    writeFileSync(path.join(dir, 'c-bad.yaml'), stringify({ ...validTrial(), summary: '' }));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a trial');
    const previous = process.env.STRATA_CONTENT_DIR;
    delete process.env.STRATA_CONTENT_DIR;
    try {
      const { trials, problems } = loadTrials(root, bibliography);
      expect([...trials.keys()]).toEqual(['a-trial', 'b-trial']);
      expect(problems.map((p) => [p.file, p.field])).toEqual([[path.join('content', 'trials', 'c-bad.yaml'), 'summary']]);
    } finally {
      if (previous !== undefined) process.env.STRATA_CONTENT_DIR = previous;
    }
  });
});
