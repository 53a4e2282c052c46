/**
 * The bone-cell model is checked against the published steady state of
 * Lemaire et al. (J Theor Biol 2004;229:293–309) as encoded in BioModels
 * BIOMD0000000278 (initial concentrations of species R, B, C), and by
 * properties that must hold for any estrogen level: positivity, a RANKL/OPG
 * ratio that never falls as estrogen falls, an equilibrium at the steady
 * state, and constant bone volume there.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { integrateDormandPrince } from '../../../src/model/ode/dormand-prince';
import {
  DAYS_PER_YEAR,
  boneVolumeConstants,
  createRemodelingRhs,
  estrogenMultipliers,
  menopauseEstrogen,
  pthReceptorOccupancy,
  remodelingSignals,
  remodelingSteadyState,
  simulateRemodeling,
  tgfBetaActivation,
  type ModelSettings,
} from '../../../src/model/bone-remodeling/lemaire-model';
import {
  ESTROGEN_EFFECTS,
  ESTROGEN_EFFECTS_WITH_OSTEOCLAST_APOPTOSIS,
  LEMAIRE_2004,
  LEMAIRE_2004_STEADY_STATE,
} from '../../../src/model/bone-remodeling/lemaire-parameters';

const threeFigures = (x: number) => Number(x.toPrecision(3));
/**
 * Cases for the property tests that run whole simulations: `n` normally, a
 * sixth of it under mutation testing (vitest.mutation.config.ts sets
 * STRATA_MUTATION), where every mutant of the integrator reruns them.
 */
const simulationRuns = (n: number) => (process.env.STRATA_MUTATION ? Math.ceil(n / 6) : n);
const estrogenLevel = fc.double({ min: 0, max: 1, noNaN: true });
const variants: Array<[string, ModelSettings]> = [
  ['RANKL/OPG effects (default)', { effects: ESTROGEN_EFFECTS }],
  ['with the osteoclast-apoptosis option', { effects: ESTROGEN_EFFECTS_WITH_OSTEOCLAST_APOPTOSIS }],
];

describe('published steady state (Lemaire 2004; BioModels BIOMD0000000278 initial concentrations)', () => {
  const ss = remodelingSteadyState(1);

  test('R = 7.734e-4, B = 7.282e-4, C = 9.127e-4 pM, to 3 significant figures', () => {
    expect(threeFigures(ss.R)).toBe(threeFigures(LEMAIRE_2004_STEADY_STATE.R));
    expect(threeFigures(ss.B)).toBe(threeFigures(LEMAIRE_2004_STEADY_STATE.B));
    expect(threeFigures(ss.C)).toBe(threeFigures(LEMAIRE_2004_STEADY_STATE.C));
    expect(threeFigures(ss.R)).toBe(7.73e-4);
    expect(threeFigures(ss.B)).toBe(7.28e-4);
    expect(threeFigures(ss.C)).toBe(9.13e-4);
  });

  test('agrees with the published values to within 0.02 % (they are printed to 4 figures)', () => {
    expect(Math.abs(ss.R / LEMAIRE_2004_STEADY_STATE.R - 1)).toBeLessThan(2e-4);
    expect(Math.abs(ss.B / LEMAIRE_2004_STEADY_STATE.B - 1)).toBeLessThan(2e-4);
    expect(Math.abs(ss.C / LEMAIRE_2004_STEADY_STATE.C - 1)).toBeLessThan(2e-4);
  });

  test('the published state is itself (nearly) an equilibrium of our right-hand side', () => {
    const rhs = createRemodelingRhs(1);
    const dy = new Float64Array(4);
    const { R, B, C } = LEMAIRE_2004_STEADY_STATE;
    rhs(0, Float64Array.of(R, B, C, 0), dy);
    // Turnover rates are ~1e-4 pM/day; 4-figure rounding leaves residuals far below that.
    expect(Math.abs(dy[0]!)).toBeLessThan(1e-7);
    expect(Math.abs(dy[1]!)).toBeLessThan(1e-7);
    expect(Math.abs(dy[2]!)).toBeLessThan(1e-7);
  });

  test('the parameters are the BIOMD0000000278 values, with D_B = f0·d_B = 0.035 /day', () => {
    expect(LEMAIRE_2004).toEqual({
      DR: 7e-4, dB: 0.7, f0: 0.05, kB: 0.189, DC: 2.1e-3, DA: 0.7, Cs: 5e-3, K: 10, k1: 1e-2, k2: 10,
      k3: 5.8e-4, k4: 1.7e-2, k5: 0.02, k6: 3, kO: 0.35, kP: 86, KLP: 3e6, KOP: 2e5, rL: 1e3, SP: 250,
    });
    expect(LEMAIRE_2004.f0 * LEMAIRE_2004.dB).toBeCloseTo(0.035, 12);
  });

  test('quasi-steady-state terms at baseline: π_P = P_0/P_s, π_C from C, ratio = RANKL/OPG', () => {
    expect(pthReceptorOccupancy()).toBeCloseTo(250 / 86 / (3 / 0.02), 12);
    expect(ss.signals.tgfBeta).toBeCloseTo(tgfBetaActivation(ss.C), 12);
    expect(ss.signals.ranklOpgRatio).toBeCloseTo(ss.signals.rankl / ss.signals.opg, 15);
    expect(ss.signals.rankActivation).toBeCloseTo((LEMAIRE_2004.k3 / LEMAIRE_2004.k4) * ss.signals.rankl, 12);
  });
});

describe('equilibrium', () => {
  test('the estrogen-replete steady state is an equilibrium: |dx/dt| ≤ 1e-12 of the turnover', () => {
    const ss = remodelingSteadyState(1);
    const dy = new Float64Array(4);
    createRemodelingRhs(1)(0, Float64Array.of(ss.R, ss.B, ss.C, 0), dy);
    const turnover = LEMAIRE_2004.kB * ss.B; // pM/day of active osteoblasts replaced
    for (let i = 0; i < 3; i++) expect(Math.abs(dy[i]!)).toBeLessThan(1e-12 * turnover);
    expect(Math.abs(dy[3]!)).toBeLessThan(1e-15);
  });

  for (const [name, settings] of variants) {
    test(`the steady state at any constant estrogen level is an equilibrium (property, ${name})`, () => {
      const dy = new Float64Array(4);
      fc.assert(
        fc.property(estrogenLevel, (e) => {
          const ss = remodelingSteadyState(e, settings);
          createRemodelingRhs(e, settings)(0, Float64Array.of(ss.R, ss.B, ss.C, 0), dy);
          expect(Math.abs(dy[0]!) / ss.R).toBeLessThan(1e-11);
          expect(Math.abs(dy[1]!) / ss.B).toBeLessThan(1e-11);
          expect(Math.abs(dy[2]!) / ss.C).toBeLessThan(1e-11);
        }),
      );
    });
  }

  test('the steady state with a PTH or OPG infusion is an equilibrium too', () => {
    for (const infusions of [{ pth: 1e3 }, { opg: 2e5 }, { rankl: 10 }]) {
      const settings = { infusions };
      const ss = remodelingSteadyState(1, settings);
      const dy = new Float64Array(4);
      createRemodelingRhs(1, settings)(0, Float64Array.of(ss.R, ss.B, ss.C, 0), dy);
      for (let i = 0; i < 3; i++) expect(Math.abs(dy[i]!) / [ss.R, ss.B, ss.C][i]!).toBeLessThan(1e-11);
    }
  });
});

describe('bone volume', () => {
  test('stays constant over 10 years at the estrogen-replete steady state (to integration error)', () => {
    const run = simulateRemodeling({ estrogen: 1, years: 10 });
    const ss = remodelingSteadyState(1);
    for (let i = 0; i < run.timeDays.length; i++) {
      expect(Math.abs(run.boneVolumeChangePercent[i]!)).toBeLessThan(1e-7);
      expect(run.C[i]! / ss.C).toBeCloseTo(1, 7);
      expect(run.B[i]! / ss.B).toBeCloseTo(1, 7);
    }
  });

  test('k_form·B* = k_res·C* = 10 %/year at baseline', () => {
    const ss = remodelingSteadyState(1);
    const { kForm, kRes } = boneVolumeConstants();
    expect(kForm * ss.B * DAYS_PER_YEAR).toBeCloseTo(10, 10);
    expect(kRes * ss.C * DAYS_PER_YEAR).toBeCloseTo(10, 10);
  });
});

describe('estrogen', () => {
  test('at e = 1 the estrogen multipliers are 1, so the model is exactly Lemaire 2004', () => {
    for (const [, settings] of variants) expect(estrogenMultipliers(1, settings.effects)).toEqual({ rankl: 1, opg: 1, osteoclastApoptosis: 1 });
  });

  test('no negative or non-finite concentrations for any estrogen level, scenario and time (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          estrogenLevel.map((e) => ({ estrogen: e as number | ((t: number) => number) })),
          fc.record({ post: estrogenLevel, transition: fc.double({ min: 0, max: 3, noNaN: true }), onset: fc.double({ min: 0, max: 5, noNaN: true }) }).map((s) => ({
            estrogen: menopauseEstrogen({ postmenopausalLevel: s.post, transitionYears: s.transition, onsetYears: s.onset }) as number | ((t: number) => number),
          })),
        ),
        fc.constantFrom(...variants.map(([, v]) => v)),
        fc.double({ min: 0.25, max: 30, noNaN: true }),
        ({ estrogen }, settings, years) => {
          const run = simulateRemodeling({ ...settings, estrogen, years, samplesPerYear: 4 });
          for (const series of [run.R, run.B, run.C, run.rankl, run.opg, run.ranklOpgRatio]) {
            for (const value of series) {
              expect(Number.isFinite(value)).toBe(true);
              expect(value).toBeGreaterThan(0);
            }
          }
          for (const e of run.estrogen) expect(e >= 0 && e <= 1).toBe(true);
        },
      ),
      { numRuns: simulationRuns(60) },
    );
  });

  for (const [name, settings] of variants) {
    test(`lower estrogen never gives a lower steady-state RANKL/OPG ratio (property, ${name})`, () => {
      fc.assert(
        fc.property(estrogenLevel, estrogenLevel, (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const ratioLow = remodelingSteadyState(low, settings).signals.ranklOpgRatio;
          const ratioHigh = remodelingSteadyState(high, settings).signals.ranklOpgRatio;
          expect(ratioLow).toBeGreaterThanOrEqual(ratioHigh * (1 - 1e-12));
        }),
      );
    });

    // Two separate integrations differ by their own error (≈ 1e-7 relative at the default rtol), so the
    // comparison allows 1e-6 relative: levels closer than ~1e-5 cannot be told apart numerically.
    test(`lower estrogen never gives a lower RANKL/OPG ratio at any time of a simulation (property, ${name})`, () => {
      fc.assert(
        fc.property(estrogenLevel, estrogenLevel, (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const runLow = simulateRemodeling({ ...settings, estrogen: low, years: 3, samplesPerYear: 24 });
          const runHigh = simulateRemodeling({ ...settings, estrogen: high, years: 3, samplesPerYear: 24 });
          for (let i = 0; i < runLow.timeDays.length; i++) {
            expect(runLow.ranklOpgRatio[i]!).toBeGreaterThanOrEqual(runHigh.ranklOpgRatio[i]! * (1 - 1e-6));
          }
        }),
        { numRuns: simulationRuns(40) },
      );
    });
  }

  test('for the same cells, lower estrogen raises RANKL and lowers OPG (property)', () => {
    const ss = remodelingSteadyState(1);
    fc.assert(
      fc.property(estrogenLevel, estrogenLevel, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const sLow = remodelingSignals(ss, low);
        const sHigh = remodelingSignals(ss, high);
        expect(sLow.rankl).toBeGreaterThanOrEqual(sHigh.rankl);
        expect(sLow.opg).toBeLessThanOrEqual(sHigh.opg);
      }),
    );
  });

  test('menopause at year 0: e falls from 1 to the postmenopausal level over the transition', () => {
    const e = menopauseEstrogen({ transitionYears: 1.5, postmenopausalLevel: 0.1 });
    expect(e(-10)).toBe(1);
    expect(e(0)).toBe(1);
    expect(e(0.75 * DAYS_PER_YEAR)).toBeCloseTo(0.55, 12);
    expect(e(1.5 * DAYS_PER_YEAR)).toBe(0.1);
    expect(e(10 * DAYS_PER_YEAR)).toBe(0.1);
    for (let t = 0; t < 2 * DAYS_PER_YEAR; t += 10) expect(e(t + 10)).toBeLessThanOrEqual(e(t));
  });

  test('menopause scenario: roughly 1–2 %/year bone loss in the early postmenopausal years', () => {
    const run = simulateRemodeling({ estrogen: menopauseEstrogen(), years: 10, samplesPerYear: 12 });
    const at = (year: number) => run.boneVolumeChangePercent[Math.round(year * 12)]!;
    const earlyRate = (at(5) - at(2)) / 3;
    expect(earlyRate).toBeLessThan(-1);
    expect(earlyRate).toBeGreaterThan(-2);
    for (let i = 1; i < run.timeDays.length; i++) expect(run.boneVolumeChangePercent[i]!).toBeLessThanOrEqual(run.boneVolumeChangePercent[i - 1]! + 1e-9);
    expect(run.C.at(-1)!).toBeGreaterThan(run.baseline.C);
    expect(run.ranklOpgRatio.at(-1)!).toBeGreaterThan(run.baseline.signals.ranklOpgRatio);
  });

  test('the apoptosis option gives early loss in the same range', () => {
    const run = simulateRemodeling({ estrogen: menopauseEstrogen(), effects: ESTROGEN_EFFECTS_WITH_OSTEOCLAST_APOPTOSIS, years: 5, samplesPerYear: 12 });
    const rate = (run.boneVolumeChangePercent[60]! - run.boneVolumeChangePercent[24]!) / 3;
    expect(rate).toBeLessThan(-1);
    expect(rate).toBeGreaterThan(-2);
  });

  test('estrogen levels outside [0, 1] are rejected', () => {
    expect(() => remodelingSteadyState(1.2)).toThrow(/Estrogen level must be in \[0, 1\]/);
    expect(() => simulateRemodeling({ estrogen: -0.1 })).toThrow(RangeError);
    expect(() => simulateRemodeling({ estrogen: () => Number.NaN })).toThrow(/Estrogen level must be in \[0, 1\]/);
    expect(() => menopauseEstrogen({ postmenopausalLevel: 2 })).toThrow(RangeError);
  });
});

describe('simulateRemodeling output', () => {
  test('monthly samples over 10 years by default, in days and years, starting at the published steady state', () => {
    const run = simulateRemodeling({ estrogen: 1 });
    expect(run.timeDays.length).toBe(121);
    expect(run.timeDays[0]).toBe(0);
    expect(run.timeDays.at(-1)).toBe(10 * DAYS_PER_YEAR);
    expect(run.timeYears.at(-1)).toBe(10);
    expect(run.timeYears[1]).toBeCloseTo(1 / 12, 12);
    expect(threeFigures(run.R[0]!)).toBe(7.73e-4);
    expect(threeFigures(run.B[0]!)).toBe(7.28e-4);
    expect(threeFigures(run.C[0]!)).toBe(9.13e-4);
    for (const series of [run.estrogen, run.R, run.B, run.C, run.rankl, run.opg, run.ranklOpgRatio, run.boneVolumeChangePercent]) expect(series.length).toBe(121);
  });

  test('the last sample is at the end even when the span is not a whole number of samples', () => {
    const run = simulateRemodeling({ estrogen: 1, years: 1.1, samplesPerYear: 2 });
    expect(Array.from(run.timeYears)).toEqual([0, 0.5, 1, 1.1].map((y) => (y * DAYS_PER_YEAR) / DAYS_PER_YEAR));
  });
});

describe('invalid settings: messages name the setting and quote the value', () => {
  test('bone turnover, simulation length and sampling', () => {
    expect(() => boneVolumeConstants({}, 0)).toThrow('Bone turnover must be a positive number of %/year, got 0.');
    expect(() => boneVolumeConstants({}, Number.POSITIVE_INFINITY)).toThrow('Bone turnover must be a positive number of %/year, got Infinity.');
    expect(() => simulateRemodeling({ estrogen: 1, years: 0 })).toThrow('years must be a positive number, got 0.');
    expect(() => simulateRemodeling({ estrogen: 1, years: Number.POSITIVE_INFINITY })).toThrow('years must be a positive number, got Infinity.');
    expect(() => simulateRemodeling({ estrogen: 1, samplesPerYear: 0 })).toThrow('samplesPerYear must be a positive number, got 0.');
    expect(() => simulateRemodeling({ estrogen: 1, samplesPerYear: Number.NaN })).toThrow('samplesPerYear must be a positive number, got NaN.');
    expect(() => simulateRemodeling({ estrogen: 1, turnoverPercentPerYear: -10 })).toThrow('turnoverPercentPerYear must be a positive number, got -10.');
    expect(() => simulateRemodeling({ estrogen: 1, turnoverPercentPerYear: Number.POSITIVE_INFINITY })).toThrow(
      'turnoverPercentPerYear must be a positive number, got Infinity.',
    );
  });

  test('the menopause scenario', () => {
    expect(() => menopauseEstrogen({ transitionYears: -1 })).toThrow('transitionYears must be ≥ 0, got -1.');
    expect(() => menopauseEstrogen({ transitionYears: Number.POSITIVE_INFINITY })).toThrow('transitionYears must be ≥ 0, got Infinity.');
    expect(() => menopauseEstrogen({ onsetYears: Number.NaN })).toThrow('onsetYears must be finite, got NaN.');
    expect(() => menopauseEstrogen({ postmenopausalLevel: -0.5 })).toThrow('Estrogen level must be in [0, 1] (1 = premenopausal, 0 = none), got -0.5.');
    // A transition of 0 years is a step: 1 up to the onset, the low level after it.
    const step = menopauseEstrogen({ onsetYears: 1, transitionYears: 0, postmenopausalLevel: 0.2 });
    expect([step(DAYS_PER_YEAR), step(DAYS_PER_YEAR + 1e-6)]).toEqual([1, 0.2]);
  });

  test('the smoothstep by hand: onset 2 years, transition 1 year, down to 0.2', () => {
    const e = menopauseEstrogen({ onsetYears: 2, transitionYears: 1, postmenopausalLevel: 0.2 });
    // s = 1/4: 3s² − 2s³ = 3/16 − 2/64 = 0.15625; e = 1 − 0.8 × 0.15625 = 0.875.
    expect(e(2.25 * DAYS_PER_YEAR)).toBeCloseTo(0.875, 12);
    // s = 1/2: smoothstep 1/2; e = 1 − 0.8 × 0.5 = 0.6.
    expect(e(2.5 * DAYS_PER_YEAR)).toBeCloseTo(0.6, 12);
    expect(e(2 * DAYS_PER_YEAR)).toBe(1);
    expect(e(3 * DAYS_PER_YEAR)).toBe(0.2);
    // The defaults: onset 0, 1.5 years, down to 0.1; s = 1/2 at 0.75 years → 1 − 0.9 × 0.5 = 0.55.
    expect(menopauseEstrogen()(0.75 * DAYS_PER_YEAR)).toBeCloseTo(0.55, 12);
    expect(menopauseEstrogen()(2 * DAYS_PER_YEAR)).toBe(0.1);
  });

  test('a constant estrogen level is checked when the right-hand side is made, not when it is first called', () => {
    expect(() => createRemodelingRhs(1.5)).toThrow('Estrogen level must be in [0, 1] (1 = premenopausal, 0 = none), got 1.5.');
    const rhs = createRemodelingRhs(() => 2);
    expect(() => rhs(7, Float64Array.of(1e-3, 1e-3, 1e-3, 0), new Float64Array(4))).toThrow('Estrogen level must be in [0, 1], got 2 at t = 7 days.');
    const negative = createRemodelingRhs(() => -0.5);
    expect(() => negative(3, Float64Array.of(1e-3, 1e-3, 1e-3, 0), new Float64Array(4))).toThrow('Estrogen level must be in [0, 1], got -0.5 at t = 3 days.');
    // The ends of [0, 1] are valid levels.
    expect(() => createRemodelingRhs(0)).not.toThrow();
    expect(estrogenMultipliers(0)).toEqual({ rankl: 2, opg: 0.9, osteoclastApoptosis: 1 });
  });
});

describe('steady state: parameters without a balance are reported', () => {
  test('osteoclast apoptosis too slow to balance formation below 1e6 pM', () => {
    // D_A 1e-20 /day instead of 0.7: apoptosis D_A·π_C·C stays below formation for any C ≤ 1e6 pM.
    expect(() => remodelingSteadyState(1, { parameters: { ...LEMAIRE_2004, DA: 1e-20 } })).toThrow(
      'Steady state: no osteoclast concentration below 1e6 pM balances formation and apoptosis; check the parameters.',
    );
  });

  test('osteoclast formation too slow: the balance would be below 1e-12 pM', () => {
    // D_C 1e-30 pM/day instead of 2.1e-3: formation is below apoptosis even at C = 1e-12 pM.
    expect(() => remodelingSteadyState(1, { parameters: { ...LEMAIRE_2004, DC: 1e-30 } })).toThrow(
      'Steady state: osteoclast concentration below 1e-12 pM; check the parameters.',
    );
  });
});

describe('simulateRemodeling settings reach the model', () => {
  test('the last sample is exactly at `years` even when i·365.25/samplesPerYear rounds below it', () => {
    // 11 × 365.25 / 10 = 401.775 in floating point, but 1.1 × 365.25 = 401.77500000000003: the end is the latter.
    const run = simulateRemodeling({ estrogen: 1, years: 1.1, samplesPerYear: 10 });
    expect(run.timeDays.length).toBe(12);
    expect(run.timeDays.at(-1)).toBe(1.1 * DAYS_PER_YEAR);
  });

  test('a zero turnover is rejected', () => {
    expect(() => simulateRemodeling({ estrogen: 1, turnoverPercentPerYear: 0 })).toThrow('turnoverPercentPerYear must be a positive number, got 0.');
  });

  test('parameters, infusions and effects are used: the run starts at, and settles to, their own steady states', () => {
    // Independent method: the steady state is found by root-finding, the simulation by integration.
    const settings: ModelSettings = { infusions: { pth: 1e3 }, effects: ESTROGEN_EFFECTS_WITH_OSTEOCLAST_APOPTOSIS };
    const start = remodelingSteadyState(1, settings);
    const end = remodelingSteadyState(0, settings);
    expect(start.C / remodelingSteadyState(1).C).not.toBeCloseTo(1, 2);
    const run = simulateRemodeling({ ...settings, estrogen: 0, years: 20, samplesPerYear: 1 });
    expect(run.baseline.C).toBe(start.C);
    expect(run.C[0]! / start.C).toBeCloseTo(1, 12);
    expect(run.C.at(-1)! / end.C).toBeCloseTo(1, 5);
    expect(run.R.at(-1)! / end.R).toBeCloseTo(1, 5);
    expect(run.ranklOpgRatio.at(-1)! / end.signals.ranklOpgRatio).toBeCloseTo(1, 5);
    const parameters = { ...LEMAIRE_2004, DC: 2 * LEMAIRE_2004.DC };
    expect(simulateRemodeling({ parameters, estrogen: 1, years: 1 }).baseline.C).toBe(remodelingSteadyState(1, { parameters }).C);
  });

  test('outputs agree with a tight-tolerance integration of the same right-hand side to the documented ≈ 1e-7', () => {
    const estrogen = menopauseEstrogen();
    const run = simulateRemodeling({ estrogen, years: 3, samplesPerYear: 4 });
    const ss = remodelingSteadyState(1);
    const reference = integrateDormandPrince(createRemodelingRhs(estrogen, {}, boneVolumeConstants()), 0, [ss.R, ss.B, ss.C, 0], 3 * DAYS_PER_YEAR, {
      rtol: 1e-12,
      atol: 1e-22,
      maxStep: 30,
      outputTimes: run.timeDays,
    });
    for (const [j, series] of [run.R, run.B, run.C].entries()) {
      const exact = reference.component(j);
      for (let i = 0; i < series.length; i++) expect(Math.abs(series[i]! / exact[i]! - 1)).toBeLessThan(1e-6);
    }
  });

  test('steps are at most maxStepDays (default 30 days), even where nothing changes', () => {
    // 10 years = 3652.5 days in steps of at most 30 days: at least 122 steps; of 2 days, at least 1827.
    expect(simulateRemodeling({ estrogen: 1, years: 10 }).stats.accepted).toBeGreaterThanOrEqual(122);
    expect(simulateRemodeling({ estrogen: 1, years: 10, maxStepDays: 2 }).stats.accepted).toBeGreaterThanOrEqual(1827);
  });
});

describe('infusions (Lemaire 2004: I_P, I_O, I_L), by hand for fixed cells', () => {
  const cells = LEMAIRE_2004_STEADY_STATE;
  const base = remodelingSignals(cells, 1);

  test('PTH: π_P = (I_P/k_P + S_P/k_P) / (I_P/k_P + k6/k5)', () => {
    // I_P = 86 pM/day = k_P, so I_P/k_P = 1: π_P = (1 + 250/86) / (1 + 3/0.02) = 3.906977 / 151 = 0.0258740.
    expect(pthReceptorOccupancy(LEMAIRE_2004, 86)).toBeCloseTo((1 + 250 / 86) / 151, 14);
    expect(remodelingSignals(cells, 1, { infusions: { pth: 86 } }).pthOccupancy).toBeCloseTo((1 + 250 / 86) / 151, 14);
  });

  test('OPG: an infusion I_O adds I_O/k_O pM of OPG', () => {
    // I_O = 0.35 pM/day, k_O = 0.35 /day: +1 pM.
    expect(remodelingSignals(cells, 1, { infusions: { opg: 0.35 } }).opg - base.opg).toBeCloseTo(1, 10);
  });

  test('RANKL: an infusion I_L multiplies RANKL production by 1 + I_L/r_L', () => {
    // I_L = r_L = 1000 pM/day doubles production; with OPG unchanged, free RANKL doubles.
    expect(remodelingSignals(cells, 1, { infusions: { rankl: 1000 } }).rankl / base.rankl).toBeCloseTo(2, 12);
  });

  test('estrogen levels are checked by every entry point', () => {
    expect(() => estrogenMultipliers(1.5)).toThrow('Estrogen level must be in [0, 1] (1 = premenopausal, 0 = none), got 1.5.');
    expect(() => remodelingSignals(cells, -0.2)).toThrow('Estrogen level must be in [0, 1] (1 = premenopausal, 0 = none), got -0.2.');
  });
});

describe('estrogen effects and infusions out of range are rejected by every entry point (they gave C = 1e-12 pM before)', () => {
  const effects = (change: Partial<Record<'ranklIncrease' | 'opgDecrease' | 'osteoclastApoptosisDecrease', number>>) => ({ ...ESTROGEN_EFFECTS, ...change });

  test.each([
    [{ ranklIncrease: Number.NaN }, 'Estrogen effect ranklIncrease must be a finite number ≥ 0 (the fractional increase of RANKL production at e = 0), got NaN.'],
    [{ ranklIncrease: -2 }, 'Estrogen effect ranklIncrease must be a finite number ≥ 0 (the fractional increase of RANKL production at e = 0), got -2.'],
    [{ ranklIncrease: Number.POSITIVE_INFINITY }, 'Estrogen effect ranklIncrease must be a finite number ≥ 0 (the fractional increase of RANKL production at e = 0), got Infinity.'],
    [{ opgDecrease: 1.5 }, 'Estrogen effect opgDecrease must be a number in [0, 1) (the fractional decrease of OPG production at e = 0), got 1.5.'],
    [{ opgDecrease: -0.1 }, 'Estrogen effect opgDecrease must be a number in [0, 1) (the fractional decrease of OPG production at e = 0), got -0.1.'],
    [{ osteoclastApoptosisDecrease: 1 }, 'Estrogen effect osteoclastApoptosisDecrease must be a number in [0, 1) (the fractional decrease of osteoclast apoptosis at e = 0), got 1.'],
    [{ osteoclastApoptosisDecrease: Number.NaN }, 'Estrogen effect osteoclastApoptosisDecrease must be a number in [0, 1) (the fractional decrease of osteoclast apoptosis at e = 0), got NaN.'],
  ])('effects %o', (change, message) => {
    expect(() => remodelingSteadyState(0.5, { effects: effects(change) })).toThrow(message);
    expect(() => simulateRemodeling({ estrogen: 0.5, years: 1, effects: effects(change) })).toThrow(message);
    expect(() => estrogenMultipliers(0.5, effects(change))).toThrow(message);
    expect(() => createRemodelingRhs(0.5, { effects: effects(change) })).toThrow(message);
  });

  test.each([
    [{ pth: -1 }, 'Infusion pth must be a finite rate ≥ 0 pM/day (0 = none), got -1.'],
    [{ pth: Number.NaN }, 'Infusion pth must be a finite rate ≥ 0 pM/day (0 = none), got NaN.'],
    [{ opg: -100 }, 'Infusion opg must be a finite rate ≥ 0 pM/day (0 = none), got -100.'],
    [{ rankl: -1e6 }, 'Infusion rankl must be a finite rate ≥ 0 pM/day (0 = none), got -1000000.'],
    [{ rankl: Number.POSITIVE_INFINITY }, 'Infusion rankl must be a finite rate ≥ 0 pM/day (0 = none), got Infinity.'],
  ])('infusions %o', (infusions, message) => {
    expect(() => remodelingSteadyState(1, { infusions })).toThrow(message);
    expect(() => simulateRemodeling({ estrogen: 1, years: 1, infusions })).toThrow(message);
    expect(() => remodelingSignals(LEMAIRE_2004_STEADY_STATE, 1, { infusions })).toThrow(message);
  });

  test('boundary values are accepted: zero infusions, zero effects, decreases just below 1', () => {
    expect(remodelingSteadyState(1, { infusions: { pth: 0, opg: 0, rankl: 0 } }).C).toBeCloseTo(remodelingSteadyState(1).C, 15);
    expect(remodelingSteadyState(0, { effects: { ranklIncrease: 0, opgDecrease: 0, osteoclastApoptosisDecrease: 0 } }).C).toBeCloseTo(remodelingSteadyState(1).C, 12);
    expect(remodelingSteadyState(0, { effects: effects({ opgDecrease: 0.99 }) }).C).toBeGreaterThan(remodelingSteadyState(0).C);
    expect(() => pthReceptorOccupancy(undefined, -0.5)).toThrow('Infusion pth must be a finite rate ≥ 0 pM/day (0 = none), got -0.5.');
  });

  test('parameters that make the model undefined fail clearly instead of returning C = 1e-12 pM', () => {
    expect(() => remodelingSteadyState(1, { parameters: { ...LEMAIRE_2004, DC: Number.NaN } })).toThrow(
      'Steady state: the model is undefined (NaN) at C = 1e-12 pM; check the parameters.',
    );
  });
});
