/**
 * The dose–response summary is checked against the published numbers in the
 * trial records themselves (content/trials), so a change to the model or a
 * record that moves a point away from its paper fails here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { doseResponsePoints, evidenceAtDose, testedDoses, type DoseTrial } from '../../../src/model/dose-response';
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
