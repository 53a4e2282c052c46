/**
 * The Summary-of-Findings rows of the real profiles, computed from the trial
 * records at build time, pinned as text (a golden file for the SoF table):
 * a change to a trial record, a baseline or the absolute-effect formulas
 * shows up here as a reviewed diff.
 */
import { expect, test } from 'vitest';
import { formatNumber } from '../../src/components/format';
import { isProfile } from '../../src/lib/evidence/load-evidence';
import { imprecisionRule } from '../../src/lib/evidence/grade-rules';
import { describeDifference, per1000, sofRows } from '../../src/lib/evidence/sof-rows';
import { loadSiteData } from '../../src/lib/site-data';
import { ROOT } from '../helpers/pipeline';

const { evidence, trials } = loadSiteData(ROOT);

test.each([...evidence.values()].filter(isProfile).map((p) => [p.slug, p] as const))('SoF rows of %s', (slug, profile) => {
  const lines = sofRows(profile, trials).map((row) =>
    [
      row.outcome.id,
      `${row.analysis.participants} (${row.analysis.studies.length})`,
      row.outcome.grade.certainty + (row.footnotes.length ? ` [${row.footnotes.map((n) => n.mark).join(',')}]` : ''),
      `${formatNumber(row.analysis.main.estimate, 2)} (${formatNumber(row.analysis.main.lower, 2)}–${formatNumber(row.analysis.main.upper, 2)})`,
      `${per1000(row.absolute.riskWithout)} → ${per1000(row.absolute.riskWith)}: ${describeDifference(row.absolute)} over ${row.baseline.years} y`,
    ].join(' | '),
  );
  expect(lines.join('\n')).toMatchSnapshot();
});

test('the pooled hormone-therapy fracture row is rated on its Hartung–Knapp interval, not the REML one it shows', () => {
  const profile = evidence.get('hormone-therapy-fractures');
  if (!profile || !isProfile(profile)) throw new Error('missing profile');
  const [row] = sofRows(profile, trials);
  expect(row!.outcome.id).toBe('any-fracture');
  expect(row!.analysis.main.upper).toBeLessThan(1);
  expect(row!.analysis.widest[1]).toBeGreaterThan(1);
  expect(row!.outcome.grade.imprecision.rating).toBe('serious');
});

test('leave-one-out with two trials leaves the other trial alone; no small-study test below ten trials', () => {
  const profile = evidence.get('hormone-therapy-fractures');
  if (!profile || !isProfile(profile)) throw new Error('missing profile');
  const [row] = sofRows(profile, trials);
  const loo = row!.analysis.leaveOneOut.map((r) => [r.omitted, r.method, formatNumber(r.estimate, 2), formatNumber(r.lower, 2), formatNumber(r.upper, 2)]);
  // Each row is the other trial's estimate with the interval rebuilt from the standard error its printed CI
  // implies (estimate ± 1.96 SE on the log scale), so a limit can differ from the printed one in the last digit.
  expect(loo).toEqual([
    ['WHI estrogen + progestin', 'fixed', '0.71', '0.64', '0.79'],
    ['WHI estrogen alone', 'fixed', '0.76', '0.69', '0.83'],
  ]);
  expect(row!.analysis.egger).toBeUndefined();
});

test('the zoledronic acid hip row pooling the two HORIZON trials is rated on its Hartung–Knapp interval, and the rule rejects "not serious" for it', () => {
  const profile = evidence.get('zoledronic-acid-fractures');
  if (!profile || !isProfile(profile)) throw new Error('missing profile');
  const row = sofRows(profile, trials).find((r) => r.outcome.id === 'hip-fracture')!;
  expect(row.analysis.studies.map((s) => s.trial.id)).toEqual(['horizon-pft-2007', 'horizon-rft-2007']);
  // REML excludes no effect, but with k = 2 the Hartung–Knapp interval (t with 1 df) crosses 1 and both GRADE thresholds.
  expect(row.analysis.main.upper).toBeLessThan(1);
  expect(row.analysis.widest[0]).toBeLessThan(0.75);
  expect(row.analysis.widest[1]).toBeGreaterThan(1.25);
  expect(row.outcome.grade.imprecision.rating).toBe('serious');
  const flipped = { ...row.outcome, grade: { ...row.outcome.grade, imprecision: { ...row.outcome.grade.imprecision, rating: 'not serious' as const } } };
  expect(imprecisionRule(flipped, row.analysis)?.message).toMatch(/crosses no effect \(1\) and the important-effect thresholds 0\.75 and 1\.25/);
});
