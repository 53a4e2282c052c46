/**
 * The Dormand–Prince integrator is checked against problems with known
 * closed-form solutions: exponential decay, the harmonic oscillator (exact
 * solution and conserved energy) and logistic growth.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { integrateDormandPrince, type OdeRightHandSide } from '../../../src/model/ode/dormand-prince';

const decay = (k: number): OdeRightHandSide => (_t, y, dy) => {
  dy[0] = -k * y[0]!;
};
const oscillator = (omega: number): OdeRightHandSide => (_t, y, dy) => {
  dy[0] = y[1]!;
  dy[1] = -omega * omega * y[0]!;
};
const logistic = (r: number, K: number): OdeRightHandSide => (_t, y, dy) => {
  dy[0] = r * y[0]! * (1 - y[0]! / K);
};
const logisticExact = (r: number, K: number, y0: number, t: number) => K / (1 + (K / y0 - 1) * Math.exp(-r * t));

describe('exponential decay y′ = −k·y, y(t) = y0·e^(−kt)', () => {
  test('matches the exact solution at requested output times (dense output)', () => {
    const times = Array.from({ length: 21 }, (_, i) => i * 0.5);
    const sol = integrateDormandPrince(decay(0.7), 0, [2], 10, { rtol: 1e-9, atol: 1e-12, outputTimes: times });
    expect(Array.from(sol.t)).toEqual(times);
    for (let i = 0; i < times.length; i++) expect(sol.y[i]).toBeCloseTo(2 * Math.exp(-0.7 * times[i]!), 8);
  });

  test('the global error shrinks with the tolerance', () => {
    const errorAt = (rtol: number) => {
      const sol = integrateDormandPrince(decay(1), 0, [1], 5, { rtol, atol: rtol * 1e-3 });
      return Math.abs(sol.y[sol.y.length - 1]! - Math.exp(-5)) / Math.exp(-5);
    };
    const loose = errorAt(1e-4);
    const tight = errorAt(1e-10);
    expect(loose).toBeLessThan(1e-3);
    expect(tight).toBeLessThan(1e-8);
    expect(tight).toBeLessThan(loose);
  });

  test('reports every accepted step without output times, starting at t0 and ending at t1', () => {
    const sol = integrateDormandPrince(decay(1), 0, [1], 3);
    expect(sol.t[0]).toBe(0);
    expect(sol.t[sol.t.length - 1]).toBe(3);
    expect(sol.t.length).toBe(sol.stats.accepted + 1);
    for (let i = 1; i < sol.t.length; i++) expect(sol.t[i]!).toBeGreaterThan(sol.t[i - 1]!);
  });

  test('FSAL: six evaluations per attempted step, plus the initial derivative and the initial-step estimate', () => {
    const sol = integrateDormandPrince(decay(1), 0, [1], 3);
    expect(sol.stats.evaluations).toBe(6 * (sol.stats.accepted + sol.stats.rejected) + 2);
  });

  test('integrates backwards when t1 < t0', () => {
    const sol = integrateDormandPrince(decay(1), 2, [Math.exp(-2)], 0, { rtol: 1e-10, atol: 1e-14, outputTimes: [2, 1, 0] });
    expect(sol.y[1]).toBeCloseTo(Math.exp(-1), 9);
    expect(sol.y[2]).toBeCloseTo(1, 9);
  });

  test('accepts number[] and Float64Array initial states and does not modify them', () => {
    const asArray = [1];
    const asTyped = Float64Array.of(1);
    const a = integrateDormandPrince(decay(1), 0, asArray, 1);
    const b = integrateDormandPrince(decay(1), 0, asTyped, 1);
    expect(asArray).toEqual([1]);
    expect(asTyped[0]).toBe(1);
    expect(a.y[a.y.length - 1]).toBe(b.y[b.y.length - 1]);
  });

  test('a right-hand side may return its derivative instead of writing it', () => {
    const sol = integrateDormandPrince((_t, y) => [-y[0]!], 0, [1], 1, { rtol: 1e-10, atol: 1e-13, outputTimes: [1] });
    expect(sol.y[0]).toBeCloseTo(Math.exp(-1), 9);
  });

  test('respects maxStep', () => {
    const sol = integrateDormandPrince(decay(0.01), 0, [1], 100, { maxStep: 2 });
    for (let i = 1; i < sol.t.length; i++) expect(sol.t[i]! - sol.t[i - 1]!).toBeLessThanOrEqual(2 + 1e-12);
  });

  test('the dense interpolant is accurate between steps (property)', () => {
    const sol = integrateDormandPrince(decay(0.3), 0, [1], 20, { rtol: 1e-10, atol: 1e-13, dense: true });
    const out = new Float64Array(1);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), (t) => {
        expect(sol.interpolate!(t, out)[0]).toBeCloseTo(Math.exp(-0.3 * t), 8);
      }),
    );
  });
});

describe('harmonic oscillator x″ = −ω²x, x = cos ωt', () => {
  test('matches the exact solution and conserves energy over 10 periods', () => {
    const omega = 2;
    const period = (2 * Math.PI) / omega;
    const times = Array.from({ length: 101 }, (_, i) => (i * 10 * period) / 100);
    const sol = integrateDormandPrince(oscillator(omega), 0, [1, 0], 10 * period, { rtol: 1e-10, atol: 1e-12, outputTimes: times });
    const energy0 = 0.5 * omega * omega;
    for (let i = 0; i < times.length; i++) {
      const [x, v] = sol.stateAt(i);
      expect(x).toBeCloseTo(Math.cos(omega * times[i]!), 7);
      expect(v).toBeCloseTo(-omega * Math.sin(omega * times[i]!), 7);
      const energy = 0.5 * v! * v! + 0.5 * omega * omega * x! * x!;
      expect(Math.abs(energy - energy0) / energy0).toBeLessThan(1e-7);
    }
  });

  test('component() extracts one state variable across outputs', () => {
    const sol = integrateDormandPrince(oscillator(1), 0, [1, 0], Math.PI, { outputTimes: [0, Math.PI / 2, Math.PI], rtol: 1e-10, atol: 1e-12 });
    const x = sol.component(0);
    expect(x[0]).toBe(1);
    expect(x[1]).toBeCloseTo(0, 8);
    expect(x[2]).toBeCloseTo(-1, 8);
  });
});

describe('logistic growth y′ = r·y·(1 − y/K), y = K / (1 + (K/y0 − 1)·e^(−rt))', () => {
  test('matches the exact solution for any rate, capacity and start (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (r, K, fraction) => {
          const y0 = K * fraction;
          const tEnd = 10 / r;
          const times = [0, tEnd / 4, tEnd / 2, tEnd];
          const sol = integrateDormandPrince(logistic(r, K), 0, [y0], tEnd, { rtol: 1e-9, atol: 1e-9 * K, outputTimes: times });
          for (let i = 0; i < times.length; i++) {
            const exact = logisticExact(r, K, y0, times[i]!);
            expect(Math.abs(sol.y[i]! - exact) / K).toBeLessThan(1e-6);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('errors', () => {
  test('non-finite derivatives are reported with the time', () => {
    const f: OdeRightHandSide = (t, _y, dy) => {
      dy[0] = t > 1 ? Number.NaN : 1;
    };
    expect(() => integrateDormandPrince(f, 0, [0], 2)).toThrow(/derivative is not finite .* at t = /);
  });

  test('step-size underflow near a finite-time blow-up (y′ = y², y(0) = 1 blows up at t = 1)', () => {
    expect(() => integrateDormandPrince((_t, y, dy) => void (dy[0] = y[0]! * y[0]!), 0, [1], 2)).toThrow(/step size underflow/);
  });

  test('the maxSteps guard', () => {
    expect(() => integrateDormandPrince(oscillator(1), 0, [1, 0], 1000, { maxSteps: 10 })).toThrow(/maxSteps = 10/);
  });

  test('invalid arguments', () => {
    expect(() => integrateDormandPrince(decay(1), 0, [], 1)).toThrow(RangeError);
    expect(() => integrateDormandPrince(decay(1), 0, [Number.NaN], 1)).toThrow(/not finite/);
    expect(() => integrateDormandPrince(decay(1), 0, [1], 1, { outputTimes: [0, 2] })).toThrow(/outside the integration interval/);
    expect(() => integrateDormandPrince(decay(1), 0, [1], 1, { outputTimes: [0.5, 0.2] })).toThrow(/monotone/);
    expect(() => integrateDormandPrince(decay(1), 0, [1], 1, { atol: [1e-6, 1e-6] })).toThrow(/atol has 2 components/);
    expect(() => integrateDormandPrince(decay(1), 0, [1], 1, { atol: 0, rtol: 0 })).toThrow(/both be zero/);
  });
});
