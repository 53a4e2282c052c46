/**
 * The dose–response summary is checked against the published numbers in the
 * trial records themselves (content/trials), so a change to the model or a
 * record that moves a point away from its paper fails here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { doseResponsePoints, evidenceAtDose, testedDoses, yearsOf, type DoseTrial } from '../../../src/model/dose-response';
import { loadSiteData } from '../../../src/lib/site-data';
import { ROOT } from '../../helpers/pipeline';

const trials = [...loadSiteData(ROOT).trials.values()];
const points = doseResponsePoints(trials);
const find = (trialId: string, site: string, micrograms?: number) =>
  points.find((p) => p.trialId === trialId && p.site === site && (micrograms === undefined || p.microgramsPerDay === micrograms));

describe('doseResponsePoints on the real trial records', () => {
  test('Prestwood 2003 (JAMA 290:1042, abstract): 0.25 mg/day oral vs placebo at 3 years', () => {
    expect(find('prestwood-2003', 'lumbar spine')).toMatchObject({ route: 'oral', microgramsPerDay: 250, years: 3, difference: 2.8, derivation: 'reported', ciSource: 'not reported' });
    expect(find('prestwood-2003', 'total hip')?.difference).toBe(3.6);
    expect(find('prestwood-2003', 'femoral neck')?.difference).toBe(2.6);
  });

  test('ULTRA (Ettinger 2004, abstract): the reported difference is used, and equals the arm means subtracted', () => {
    const spine = find('ettinger-2004-ultra', 'lumbar spine');
    expect(spine).toMatchObject({ route: 'transdermal', microgramsPerDay: 14, years: 2, difference: 2.0, derivation: 'reported' });
    // Same answer from the arm means 2.6 − 0.6, which the model uses when no difference is reported.
    const withoutDifference: DoseTrial = {
      ...trials.find((t) => t.id === 'ettinger-2004-ultra')!,
      outcomes: trials.find((t) => t.id === 'ettinger-2004-ultra')!.outcomes.filter((o) => o.effect === 'mean percent change'),
    };
    const derived = doseResponsePoints([withoutDifference]).find((p) => p.site === 'lumbar spine');
    expect(derived).toMatchObject({ difference: 2.0, derivation: 'arm means subtracted', ciSource: 'not reported' });
    expect(doseResponsePoints([withoutDifference]).find((p) => p.site === 'total hip')?.difference).toBe(1.2);
  });

  test('Cooper 1999 (Osteoporos Int 9:358, abstract): spine rises with patch dose; CIs from the reported SE', () => {
    const spine = [25, 50, 75].map((dose) => find('cooper-1999', 'lumbar spine', dose)!);
    expect(spine.map((p) => p.difference)).toEqual([4.7, 7.3, 8.7]);
    expect(spine[1]!.ciSource).toBe('from standard error');
    expect(spine[1]!.ci![0]).toBeCloseTo(7.3 - 1.959964 * 0.7, 5);
    expect(spine[1]!.ci![1]).toBeCloseTo(7.3 + 1.959964 * 0.7, 5);
  });

  test('total-body and unnamed-hip results are not put on the site-specific chart', () => {
    expect(points.some((p) => p.site === ('total body' as string))).toBe(false);
    expect(find('warming-2004', 'total hip')).toBeUndefined();
    expect(find('warming-2004', 'lumbar spine')?.difference).toBe(7);
  });

  test('lists tested doses per route, ascending', () => {
    const doses = testedDoses(points);
    expect(doses.oral).toEqual([250, 1000]);
    expect(doses.transdermal).toEqual([14, 25, 50, 75]);
  });
});

describe('evidenceAtDose', () => {
  test('returns the trial results at a tested dose', () => {
    const answer = evidenceAtDose(points, 'oral', 250, 'lumbar spine');
    expect(answer.tested.map((p) => p.trialId)).toEqual(['prestwood-2003']);
  });

  test('for an untested dose, names the nearest tested doses on the same route', () => {
    const answer = evidenceAtDose(points, 'transdermal', 37.5, 'lumbar spine');
    expect(answer.tested).toEqual([]);
    expect(answer.nearestBelow?.microgramsPerDay).toBe(25);
    expect(answer.nearestAbove?.microgramsPerDay).toBe(50);
  });

  test('never mixes routes and always brackets the query (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom<'oral' | 'transdermal'>('oral', 'transdermal'), fc.double({ min: 1, max: 5000, noNaN: true }), (route, dose) => {
        const answer = evidenceAtDose(points, route, dose, 'lumbar spine');
        for (const p of [...answer.tested, answer.nearestBelow, answer.nearestAbove]) if (p) expect(p.route).toBe(route);
        if (answer.nearestBelow) expect(answer.nearestBelow.microgramsPerDay).toBeLessThan(dose);
        if (answer.nearestAbove) expect(answer.nearestAbove.microgramsPerDay).toBeGreaterThan(dose);
      }),
    );
  });
});

/**
 * Hand-built records, so each rule of doseResponsePoints is checked on its
 * own. Every expected number is a hand calculation written next to it.
 */
type Outcome = DoseTrial['outcomes'][number];
const at = (value: number, unit = 'years') => ({ value, unit });
const difference = (arm: string, site: string, estimate: number, timepoint = at(2), extra: Partial<Outcome> = {}): Outcome => ({
  site,
  effect: 'mean percent change difference',
  arm,
  versus: 'pbo',
  estimate,
  timepoint,
  ...extra,
});
const change = (arm: string, site: string, estimate: number, timepoint = at(2)): Outcome => ({ site, effect: 'mean percent change', arm, estimate, timepoint });
const trial = (id: string, arms: DoseTrial['arms'], outcomes: Outcome[], placeboControlled = true): DoseTrial => ({
  id,
  citation: `${id}-citation`,
  name: `${id} name`,
  design: { placeboControlled },
  arms: [...arms, { id: 'pbo', label: 'Placebo', intervention: 'placebo', route: 'oral' }],
  outcomes,
});
const oral1mg = { id: 'e2', label: 'Estradiol 1 mg/day', intervention: 'estradiol', dose: { value: 1, unit: 'mg/day' }, route: 'oral' };

describe('yearsOf', () => {
  test('converts years, months and weeks', () => {
    expect(yearsOf(at(3))).toBe(3);
    // 18 months / 12 = 1.5 years.
    expect(yearsOf(at(18, 'months'))).toBe(1.5);
    // 365.25 weeks × 7 days / 365.25 days per year = 7 years.
    expect(yearsOf(at(365.25, 'weeks'))).toBe(7);
    // 52 weeks = 364 days = 364 / 365.25 = 0.996578 years.
    expect(yearsOf(at(52, 'weeks'))).toBeCloseTo(0.996578, 6);
  });

  test('rejects other units, naming them', () => {
    expect(() => yearsOf(at(30, 'days'))).toThrow('Unknown time unit "days".');
  });
});

describe('doseResponsePoints on hand-built records', () => {
  test('copies the trial and arm details and puts the dose on both scales', () => {
    const [point, ...rest] = doseResponsePoints([trial('t', [oral1mg], [difference('e2', 'lumbar spine', 4)])]);
    expect(rest).toEqual([]);
    // 1 mg/day = 1000 µg/day; oral, so the oral-equivalent is 1000 / 1000 = 1 mg/day.
    expect(point).toEqual({
      trialId: 't',
      citation: 't-citation',
      trialName: 't name',
      armLabel: 'Estradiol 1 mg/day',
      route: 'oral',
      microgramsPerDay: 1000,
      oralEquivalentMgPerDay: 1,
      site: 'lumbar spine',
      years: 2,
      difference: 4,
      ci: undefined,
      ciSource: 'not reported',
      derivation: 'reported',
    });
  });

  test('uses only placebo-controlled trials with a placebo arm', () => {
    const outcomes = [difference('e2', 'lumbar spine', 4)];
    expect(doseResponsePoints([trial('t', [oral1mg], outcomes, false)])).toEqual([]);
    const noPlacebo: DoseTrial = { ...trial('t', [oral1mg], outcomes), arms: [oral1mg] };
    expect(doseResponsePoints([noPlacebo])).toEqual([]);
  });

  test('uses only oral or transdermal estradiol arms with a stated dose', () => {
    const arms = [
      { id: 'ral', label: 'Raloxifene', intervention: 'raloxifene', dose: { value: 60, unit: 'mg/day' }, route: 'oral' },
      { id: 'nodose', label: 'Estradiol, dose not given', intervention: 'estradiol', route: 'oral' },
      { id: 'vag', label: 'Vaginal estradiol', intervention: 'estradiol', dose: { value: 10, unit: 'µg/day' }, route: 'vaginal' },
      { id: 'ep', label: 'Estradiol + progestogen', intervention: 'estradiol + progestogen', dose: { value: 2, unit: 'mg/day' }, route: 'oral' },
      { id: 'gel', label: 'Estradiol gel', intervention: 'estradiol', dose: { value: 50, unit: 'µg/day' }, route: 'transdermal-gel' },
    ];
    const points = doseResponsePoints([trial('t', arms, arms.map((a) => difference(a.id, 'total hip', 1)))]);
    // Gel: 50 µg/day transdermal → 50 / 50 × 2 = 2 mg/day oral-equivalent (AMS tiers); E+P: 2 mg/day oral → 2.
    expect(points.map((p) => [p.armLabel, p.route, p.oralEquivalentMgPerDay])).toEqual([
      ['Estradiol + progestogen', 'oral', 2],
      ['Estradiol gel', 'transdermal', 2],
    ]);
  });

  test('takes the reported CI, else estimate ± 1.96·SE, else none', () => {
    const arms = [oral1mg];
    const reported = doseResponsePoints([trial('t', arms, [difference('e2', 'total hip', 2, at(2), { ci: [0.5, 3.5], se: 9 })])])[0]!;
    expect(reported).toMatchObject({ ci: [0.5, 3.5], ciSource: 'reported' });
    const fromSe = doseResponsePoints([trial('t', arms, [difference('e2', 'total hip', 2, at(2), { se: 0.5 })])])[0]!;
    // 2 ± 1.959964 × 0.5 = 1.020018 to 2.979982.
    expect(fromSe.ciSource).toBe('from standard error');
    expect(fromSe.ci![0]).toBeCloseTo(1.020018, 6);
    expect(fromSe.ci![1]).toBeCloseTo(2.979982, 6);
  });

  test('takes the latest reported timepoint, and only differences versus the placebo arm', () => {
    const outcomes = [
      difference('e2', 'femoral neck', 1, at(12, 'months')),
      difference('e2', 'femoral neck', 3, at(104, 'weeks')),
      difference('e2', 'femoral neck', 2, at(1.5)),
      difference('e2', 'femoral neck', 9, at(5), { versus: 'other' }),
    ];
    const [point] = doseResponsePoints([trial('t', [oral1mg], outcomes)]);
    // 104 weeks = 728 / 365.25 = 1.993 years, later than 12 months (1 year) and 1.5 years; the 5-year result is versus another arm.
    expect(point!.difference).toBe(3);
    expect(point!.years).toBeCloseTo(728 / 365.25, 12);
  });

  test('without a reported difference, subtracts the arm means at the latest common timepoint', () => {
    const outcomes = [change('e2', 'lumbar spine', 1.5, at(1)), change('e2', 'lumbar spine', 3.3, at(24, 'months')), change('pbo', 'lumbar spine', 0.4, at(1)), change('pbo', 'lumbar spine', -1.1, at(2))];
    const [point] = doseResponsePoints([trial('t', [oral1mg], outcomes)]);
    // 3.3 − (−1.1) = 4.4 at 2 years (24 months); no CI, since the covariance is unknown.
    expect(point).toMatchObject({ years: 2, difference: 4.4, derivation: 'arm means subtracted', ciSource: 'not reported' });
    expect(point!.ci).toBeUndefined();
  });

  test('each arm gets its own difference, and a difference versus another arm is not mistaken for an arm mean', () => {
    const low = { ...oral1mg, id: 'low', label: 'Low', dose: { value: 0.5, unit: 'mg/day' } };
    const outcomes = [
      difference('low', 'lumbar spine', 1.5),
      difference('e2', 'lumbar spine', 3.5),
      // No difference versus placebo for the hip: the means (2 years) are used, not the later comparison with the other arm.
      change('e2', 'total hip', 2.5),
      change('pbo', 'total hip', 0.5),
      difference('e2', 'total hip', 7, at(5), { versus: 'low' }),
    ];
    const points = doseResponsePoints([trial('t', [low, oral1mg], outcomes)]);
    // 0.5 mg/day = 500 µg/day sorts before 1 mg/day; hip: 2.5 − 0.5 = 2.
    expect(points.map((p) => [p.armLabel, p.site, p.difference, p.derivation])).toEqual([
      ['Low', 'lumbar spine', 1.5, 'reported'],
      ['Estradiol 1 mg/day', 'lumbar spine', 3.5, 'reported'],
      ['Estradiol 1 mg/day', 'total hip', 2, 'arm means subtracted'],
    ]);
  });

  test('no point when the placebo mean is missing at the active arm’s latest timepoint', () => {
    const outcomes = [change('e2', 'lumbar spine', 1.5, at(1)), change('e2', 'lumbar spine', 3.3, at(2)), change('pbo', 'lumbar spine', 0.4, at(1))];
    expect(doseResponsePoints([trial('t', [oral1mg], outcomes)])).toEqual([]);
    expect(doseResponsePoints([trial('t', [oral1mg], [change('pbo', 'lumbar spine', 0.4)])])).toEqual([]);
  });

  test('sorts by oral-equivalent dose, then by trial id', () => {
    const patch14 = { id: 'e2', label: 'Patch 14 µg/day', intervention: 'estradiol', dose: { value: 14, unit: 'µg/day' }, route: 'transdermal-patch' };
    const points = doseResponsePoints([
      trial('b-trial', [oral1mg], [difference('e2', 'lumbar spine', 1)]),
      trial('c-trial', [patch14], [difference('e2', 'lumbar spine', 1)]),
      trial('a-trial', [oral1mg], [difference('e2', 'lumbar spine', 1)]),
    ]);
    // 14 µg/day patch = 14 / 50 × 2 = 0.56 mg/day oral-equivalent, below 1 mg/day oral.
    expect(points.map((p) => [p.trialId, p.oralEquivalentMgPerDay])).toEqual([
      ['c-trial', 0.56],
      ['a-trial', 1],
      ['b-trial', 1],
    ]);
  });
});

describe('evidenceAtDose on hand-built points', () => {
  const patch = (dose: number) => ({ id: `e2-${dose}`, label: `Patch ${dose}`, intervention: 'estradiol', dose: { value: dose, unit: 'µg/day' }, route: 'transdermal-patch' });
  const doses = [14, 25, 50, 75, 100];
  const built = doseResponsePoints([trial('t', doses.map(patch), [...doses.map((d) => difference(`e2-${d}`, 'lumbar spine', d / 10)), difference('e2-100', 'total hip', 5)])]);

  test('doses within 0.5 % of the larger one match', () => {
    // |251.255 − 250| = 1.255 ≤ 0.005 × 251.255 = 1.256 → same dose, whichever is given first.
    const oral = doseResponsePoints([trial('t', [{ ...oral1mg, dose: { value: 0.25, unit: 'mg/day' } }], [difference('e2', 'lumbar spine', 1)])]);
    expect(evidenceAtDose(oral, 'oral', 251.255, 'lumbar spine').tested).toHaveLength(1);
    expect(evidenceAtDose(oral, 'oral', 248.75, 'lumbar spine').tested).toHaveLength(1);
    // |252 − 250| = 2 > 0.005 × 252 = 1.26 → a different dose.
    expect(evidenceAtDose(oral, 'oral', 252, 'lumbar spine').tested).toHaveLength(0);
  });

  test('the nearest doses are the closest ones on each side, at the requested site', () => {
    const between = evidenceAtDose(built, 'transdermal', 60, 'lumbar spine');
    expect(between.tested).toEqual([]);
    expect([between.nearestBelow?.microgramsPerDay, between.nearestAbove?.microgramsPerDay]).toEqual([50, 75]);
    const low = evidenceAtDose(built, 'transdermal', 10, 'lumbar spine');
    expect([low.nearestBelow, low.nearestAbove?.microgramsPerDay]).toEqual([undefined, 14]);
    const high = evidenceAtDose(built, 'transdermal', 200, 'lumbar spine');
    expect([high.nearestBelow?.microgramsPerDay, high.nearestAbove]).toEqual([100, undefined]);
    // Only the 100 µg/day arm has a total-hip result.
    const hip = evidenceAtDose(built, 'transdermal', 60, 'total hip');
    expect([hip.nearestBelow, hip.nearestAbove?.microgramsPerDay]).toEqual([undefined, 100]);
    expect(evidenceAtDose(built, 'transdermal', 100, 'total hip').tested.map((p) => p.difference)).toEqual([5]);
    // At a tested dose only the tested results are returned, no neighbours.
    const tested = evidenceAtDose(built, 'transdermal', 50, 'lumbar spine');
    expect(tested.tested.map((p) => p.microgramsPerDay)).toEqual([50]);
    expect([tested.nearestBelow, tested.nearestAbove]).toEqual([undefined, undefined]);
  });

  test('testedDoses lists each dose once per route, ascending whatever the input order', () => {
    expect(testedDoses([...built].reverse())).toEqual({ oral: [], transdermal: [14, 25, 50, 75, 100] });
  });
});
