/**
 * Claims that cite an evidence-profile row agree with it (one claim, one
 * label, one number): src/lib/claims/profile-row-check.ts against the real
 * profiles and trial records.
 */
import { describe, expect, test } from 'vitest';
import type { ClaimRecord } from '../../src/lib/claims/load-claims';
import { PER1000_TOLERANCE, profileRowProblems, RELATIVE_TOLERANCE, statedRowNumber } from '../../src/lib/claims/profile-row-check';
import { isProfile } from '../../src/lib/evidence/load-evidence';
import { sofRows } from '../../src/lib/evidence/sof-rows';
import { loadSiteData } from '../../src/lib/site-data';
import { ROOT } from '../helpers/pipeline';

const { claims, evidence, trials } = loadSiteData(ROOT);

/** A claim as the checks see it, citing `profileRow`, with the given level and value. */
function claim(profileRow: string, level: ClaimRecord['certainty']['level'], value?: { number: number; unit: string }): ClaimRecord {
  return {
    id: 'test-claim',
    kind: 'statement',
    statement: 'A test claim about a profile row.',
    certainty: { level, reasons: [] },
    pairedHarms: [],
    trials: [],
    profileRow,
    value: value && { text: String(value.number), ...value },
    file: 'test.yaml',
    index: 0,
    line: 1,
    fieldLines: {},
  };
}

const rowOf = (slug: string, id: string) => {
  const profile = evidence.get(slug);
  if (!profile || !isProfile(profile)) throw new Error(`no profile ${slug}`);
  return sofRows(profile, trials).find((r) => r.outcome.id === id)!;
};

describe('the real claims and profiles', () => {
  const citing = [...claims.values()].filter((c) => c.profileRow);

  test('every claim that cites a row agrees with it, and the rows it cites are real', () => {
    expect(citing.length).toBeGreaterThanOrEqual(9);
    expect(profileRowProblems(citing, evidence, trials)).toEqual([]);
  });

  test('the claims the profiles rate differently from the pages carry the profile rating (teriparatide moderate and low, ARCH cardiovascular very low)', () => {
    for (const id of ['hr-i-teriparatide-trial', 'hr-a-teriparatide-trial']) expect(claims.get(id)?.certainty.level).toBe(rowOf('bone-building-drugs-fractures', 'teriparatide-vertebral-fracture').outcome.grade.certainty);
    for (const id of ['hr-i-teriparatide-trial-2', 'hr-a-teriparatide-trial-2']) expect(claims.get(id)?.certainty.level).toBe('low');
    for (const id of ['pv-i-other-drugs-3', 'pv-a-indirect-comparison-2']) expect(claims.get(id)?.certainty.level).toBe('very-low');
  });

  test('RUTH is one claim per outcome, each at its profile row\'s rating (VTE and breast cancer moderate, fatal stroke low); clinical vertebral fracture has no row', () => {
    const rows: [string, string][] = [['ral-ruth-vte', 'vte-heart-risk'], ['ral-ruth-fatal-stroke', 'fatal-stroke'], ['ral-ruth-breast-cancer', 'breast-cancer-heart-risk']];
    for (const [id, outcome] of rows) {
      const claim = claims.get(id)!;
      expect(claim.profileRow, id).toBe(`raloxifene-fractures#${outcome}`);
      expect(claim.certainty.level, id).toBe(rowOf('raloxifene-fractures', outcome).outcome.grade.certainty);
    }
    expect(rows.map(([id]) => claims.get(id)!.certainty.level)).toEqual(['moderate', 'low', 'moderate']);
    expect(claims.get('ral-ruth-breast-cancer')!.pairedHarms).toEqual(['ral-ruth-vte', 'ral-ruth-fatal-stroke']);
    expect(claims.get('tx-i-serms-2')?.outcome).toBe('clinical vertebral fracture');
    expect(claims.get('tx-i-serms-2')?.profileRow).toBeUndefined();
    for (const id of ['tx-i-serms', 'tx-a-serms']) expect(claims.get(id)!.profileRow, id).toBe('raloxifene-fractures#vertebral-fracture');
  });

  test('a claim quoting another synthesis in its own units does not cite the row (USPSTF per 10,000)', () => {
    expect(claims.get('ht-ea-fractures-uspstf')?.profileRow).toBeUndefined();
  });

  test('each real claim, given the level it had before the profiles (e.g. teriparatide "high"), fails', () => {
    for (const c of citing) {
      const other = c.certainty.level === 'high' ? 'moderate' : 'high';
      const problems = profileRowProblems([{ ...c, certainty: { ...c.certainty, level: other } }], evidence, trials);
      expect(problems, c.id).toHaveLength(1);
      expect(problems[0]!.message).toContain(`Claim "${c.id}" is graded "${other}"`);
    }
  });

  test('the real claims that state a row number (HORIZON-PFT and FREEDOM vertebral in percentage points, ARCH cardiovascular as an odds ratio, RUTH harms and breast cancer as hazard ratios) are compared with it', () => {
    const stating = [...claims.values()].filter((c) => c.profileRow && c.value?.number !== undefined);
    expect(stating.map((c) => c.id).sort()).toEqual(['ab-arch-cv-year1', 'bd-dmab-vertebral-freedom', 'bd-zol-vertebral-horizon', 'ral-ruth-breast-cancer', 'ral-ruth-fatal-stroke', 'ral-ruth-vte']);
    for (const c of stating) {
      const problems = profileRowProblems([{ ...c, value: { ...c.value!, number: c.value!.number! + 1 } }], evidence, trials);
      expect(problems.map((p) => p.field), c.id).toEqual([`claims[${c.index}].value.number`]);
    }
  });
});

describe('which row number a unit states', () => {
  test.each([
    ['hazard ratio, screening vs usual care', { kind: 'relative', measure: 'hazard ratio' }],
    ['Relative risk, raloxifene vs placebo', { kind: 'relative', measure: 'risk ratio' }],
    ['odds ratio', { kind: 'relative', measure: 'odds ratio' }],
    ['per 1,000 women', { kind: 'difference', per1000PerUnit: 1 }],
    ['per 1000 women', { kind: 'difference', per1000PerUnit: 1 }],
    ['percent of women', { kind: 'difference', per1000PerUnit: 10 }],
    ['per 10,000 women', { kind: 'other' }],
    ['per 100 person-years', { kind: 'other' }],
    [undefined, { kind: 'other' }],
  ])('%s', (unit, expected) => expect(statedRowNumber(unit)).toEqual(expected));
});

describe('numbers are compared at the precision the SoF table prints', () => {
  const row = rowOf('denosumab-fractures', 'vertebral-fracture');
  const slugRow = 'denosumab-fractures#vertebral-fracture';
  const level = row.outcome.grade.certainty;
  const rr = row.analysis.main.estimate;
  const diff = row.absolute.difference;

  test('a relative effect within half the last printed decimal passes; one beyond it fails', () => {
    expect(profileRowProblems([claim(slugRow, level, { number: rr + RELATIVE_TOLERANCE * 0.9, unit: 'risk ratio' })], evidence, trials)).toEqual([]);
    expect(profileRowProblems([claim(slugRow, level, { number: rr + RELATIVE_TOLERANCE * 1.5, unit: 'risk ratio' })], evidence, trials)).toHaveLength(1);
  });

  test('a difference per 1000 passes when it rounds to the row; percentage points are read × 10', () => {
    expect(profileRowProblems([claim(slugRow, level, { number: Math.round(diff), unit: 'per 1,000 women' })], evidence, trials)).toEqual([]);
    expect(profileRowProblems([claim(slugRow, level, { number: diff + PER1000_TOLERANCE * 2.5, unit: 'per 1,000 women' })], evidence, trials)).toHaveLength(1);
    expect(profileRowProblems([claim(slugRow, level, { number: Math.round(diff) / 10, unit: 'percent of women' })], evidence, trials)).toEqual([]);
    expect(profileRowProblems([claim(slugRow, level, { number: Math.round(diff) / 10 + 0.2, unit: 'percent of women' })], evidence, trials)).toHaveLength(1);
  });

  test('certainty and number are reported separately, both at the claim', () => {
    const problems = profileRowProblems([claim(slugRow, level === 'high' ? 'low' : 'high', { number: 0.5, unit: 'risk ratio' })], evidence, trials);
    expect(problems.map((p) => p.field)).toEqual(['claims[0].certainty.level', 'claims[0].value.number']);
  });
});
