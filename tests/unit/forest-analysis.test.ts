/**
 * The forest plot's pooling of the two WHI fracture results, checked against
 * R's metafor 3.8 (Debian r-cran-metafor). Reference call, with
 * yi <- log(c(0.76, 0.71)) and sei <- (log(c(.83, .80)) - log(c(.69, .64))) / (2 * qnorm(.975)):
 *   rma(yi = yi, sei = sei, method = "FE" | "DL" | "REML")  → exp(b) 0.7392557235, CI 0.6884858783 to 0.7937694033, τ² 0, QE 0.847993534
 *   rma(yi = yi, sei = sei, method = "REML", test = "knha") → CI 0.4834238895 to 1.130475834
 */
import { describe, expect, test } from 'vitest';
import { analyseRatios } from '../../src/components/forest-plot/analyse';
import { describeSingleStudy } from '../../src/components/forest-plot/describe';
import { forestSvg } from '../../src/components/forest-plot/forest-svg';
import { studyFromRatioInterval } from '../../src/model/meta-analysis/from-ratio-interval';

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(5e-7);

describe('studyFromRatioInterval', () => {
  test('recovers the log ratio and its variance from a 95% CI (Cochrane Handbook 6.3.2)', () => {
    const { yi, vi } = studyFromRatioInterval(0.76, [0.69, 0.83]);
    close(yi, Math.log(0.76));
    close(Math.sqrt(vi), (Math.log(0.83) - Math.log(0.69)) / (2 * 1.959963984540054));
  });

  test('rejects intervals that do not contain the estimate or are not positive', () => {
    expect(() => studyFromRatioInterval(0.9, [0.5, 0.8])).toThrow(RangeError);
    expect(() => studyFromRatioInterval(0.5, [0, 0.8])).toThrow(RangeError);
  });
});

describe('analyseRatios on the WHI total-fracture hazard ratios', () => {
  const { pooled, studies } = analyseRatios([
    { label: 'WHI E+P', estimate: 0.76, ci: [0.69, 0.83] },
    { label: 'WHI E alone', estimate: 0.71, ci: [0.64, 0.8] },
  ]);
  const row = (method: string) => pooled.find((p) => p.method === method)!;

  test.each(['FE', 'DL', 'REML'])('%s agrees with metafor to 6 significant figures', (method) => {
    close(row(method).estimate, 0.7392557235);
    close(row(method).lower, 0.6884858783);
    close(row(method).upper, 0.7937694033);
    close(row(method).q, 0.847993534);
    expect(row(method).tau2).toBe(0);
  });

  test('REML with Hartung–Knapp agrees with metafor test="knha"', () => {
    close(row('REML-HKSJ').lower, 0.4834238895);
    close(row('REML-HKSJ').upper, 1.130475834);
  });

  test('gives no prediction interval with two studies, and weights that sum to 100%', () => {
    expect(row('REML').prediction).toBeUndefined();
    expect(studies.reduce((sum, s) => sum + (s.weight ?? 0), 0)).toBeCloseTo(100, 9);
  });
});

describe('a forest plot of one study renders without a pooled row (it failed the build: heterogeneity needs two studies)', () => {
  const single = analyseRatios([{ label: 'WHI E+P', estimate: 0.76, ci: [0.69, 0.83] }]);

  test('analyseRatios returns the study as reported, weight 100 %, and no pooled rows', () => {
    expect(single.pooled).toEqual([]);
    expect(single.studies).toEqual([{ label: 'WHI E+P', estimate: 0.76, lower: 0.69, upper: 0.83, weight: 100 }]);
  });

  test('the SVG has one study row, no diamond, and the study numbers', () => {
    const svg = forestSvg(single.studies, single.pooled, { scale: 'log', nullValue: 1, axisLabel: 'Hazard ratio (log scale)', titleId: 't' });
    expect(svg.match(/class="pt-spine"/g)).toHaveLength(1);
    expect(svg).not.toContain('pt-hip');
    expect(svg).toContain('>WHI E+P</text>');
    expect(svg).toContain('0.76 [0.69, 0.83]');
    expect(svg).not.toContain('NaN');
  });

  test('the text says nothing was pooled', () => {
    expect(describeSingleStudy('hazard ratio')).toBe(
      '<p>One study only, so nothing is pooled: its hazard ratio is shown as reported, without a pooled estimate or heterogeneity.</p>',
    );
  });
});
