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

describe('error messages name the argument and the value', () => {
  const run = (options: Parameters<typeof integrateDormandPrince>[4], t1 = 1) => () => integrateDormandPrince(decay(1), 0, [1], t1, options);

  test('state and interval', () => {
    expect(() => integrateDormandPrince(decay(1), 0, [], 1)).toThrow('Dormand–Prince: the initial state is empty.');
    expect(() => integrateDormandPrince(decay(1), 0, [1], Number.POSITIVE_INFINITY)).toThrow('Dormand–Prince: t0 and t1 must be finite, got 0 and Infinity.');
    expect(() => integrateDormandPrince(decay(1), Number.NaN, [1], 1)).toThrow('Dormand–Prince: t0 and t1 must be finite, got NaN and 1.');
    expect(() => integrateDormandPrince(decay(1), 0, [1, Number.NaN], 1)).toThrow('Dormand–Prince: initial state component 1 is not finite (NaN).');
  });

  test('controller settings', () => {
    expect(run({ rtol: -1 })).toThrow('Dormand–Prince: rtol must be a finite number ≥ 0, got -1.');
    expect(run({ rtol: Number.POSITIVE_INFINITY })).toThrow('Dormand–Prince: rtol must be a finite number ≥ 0, got Infinity.');
    expect(run({ safety: 0 })).toThrow('Dormand–Prince: safety must be in (0, 1], got 0.');
    expect(run({ safety: 1.5 })).toThrow('Dormand–Prince: safety must be in (0, 1], got 1.5.');
    expect(run({ minFactor: 0 })).toThrow('Dormand–Prince: minFactor must be in (0, 1), got 0.');
    expect(run({ minFactor: 1 })).toThrow('Dormand–Prince: minFactor must be in (0, 1), got 1.');
    expect(run({ maxFactor: 1 })).toThrow('Dormand–Prince: maxFactor must be a finite number > 1, got 1.');
    expect(run({ maxFactor: Number.POSITIVE_INFINITY })).toThrow('Dormand–Prince: maxFactor must be a finite number > 1, got Infinity.');
    expect(run({ beta: -0.01 })).toThrow('Dormand–Prince: beta must be in [0, 0.2], got -0.01.');
    expect(run({ beta: 0.21 })).toThrow('Dormand–Prince: beta must be in [0, 0.2], got 0.21.');
    expect(run({ maxSteps: 0 })).toThrow('Dormand–Prince: maxSteps must be ≥ 1, got 0.');
    expect(run({ maxStep: 0 })).toThrow('Dormand–Prince: maxStep must be > 0, got 0.');
    expect(run({ minStep: -1 })).toThrow('Dormand–Prince: minStep must be ≥ 0, got -1.');
    expect(run({ initialStep: 0 })).toThrow('Dormand–Prince: initialStep must be a positive finite number, got 0.');
    expect(run({ initialStep: Number.POSITIVE_INFINITY })).toThrow('Dormand–Prince: initialStep must be a positive finite number, got Infinity.');
    expect(run({ atol: [-1] })).toThrow('Dormand–Prince: atol[0] must be a finite number ≥ 0, got -1.');
    expect(run({ atol: Number.NaN })).toThrow('Dormand–Prince: atol[0] must be a finite number ≥ 0, got NaN.');
    expect(run({ atol: [1e-6, 1e-6] })).toThrow('Dormand–Prince: atol has 2 components, the state has 1.');
    expect(run({ atol: 0, rtol: 0 })).toThrow('Dormand–Prince: atol and rtol cannot both be zero.');
  });

  test('the limits of each setting are allowed', () => {
    // y′ = −y on [0, 1]: y(1) = e^−1 whatever the (valid) controller settings.
    for (const options of [{ safety: 1 }, { beta: 0 }, { beta: 0.2 }, { minStep: 0 }, { atol: 0 }, { rtol: 0, atol: 1e-12 }]) {
      const sol = run({ ...options, outputTimes: [1] })();
      expect(sol.y[0]).toBeCloseTo(Math.exp(-1), 3);
    }
    // One exact step of the full span is within maxSteps = 1.
    expect([...integrateDormandPrince((_t, _y, dy) => void (dy[0] = 0), 0, [3], 1, { maxSteps: 1, initialStep: 1 }).t]).toEqual([0, 1]);
    // With t0 = t1 there is nothing to integrate, so maxStep 0 does no harm: the output is the initial state.
    const none = integrateDormandPrince(decay(1), 1, [5], 1, { maxStep: 0 });
    expect([...none.t, ...none.y]).toEqual([1, 5]);
  });

  test('output times outside the interval, in either direction', () => {
    expect(run({ outputTimes: [0, 2] })).toThrow('Dormand–Prince: output time 2 is outside the integration interval [0, 1].');
    expect(run({ outputTimes: [-0.5] })).toThrow('Dormand–Prince: output time -0.5 is outside the integration interval [0, 1].');
    expect(run({ outputTimes: [Number.NaN] })).toThrow(/output time NaN is outside/);
    expect(() => integrateDormandPrince(decay(1), 1, [1], 0, { outputTimes: [0.5, 2] })).toThrow('Dormand–Prince: output time 2 is outside the integration interval [0, 1].');
    expect(() => integrateDormandPrince(decay(1), 1, [1], 0, { outputTimes: [0.2, 0.5] })).toThrow(
      'Dormand–Prince: output times must be monotone in the direction of integration.',
    );
    // Repeated times are monotone (not strictly): both get the same state.
    const twice = run({ outputTimes: [0.5, 0.5, 1] })();
    expect(twice.y[0]).toBe(twice.y[1]);
  });

  test('a right-hand side returning the wrong number of components', () => {
    expect(() => integrateDormandPrince(() => [1, 2], 0, [1], 1)).toThrow('Dormand–Prince: the right-hand side returned 2 components, the state has 1.');
  });

  test('a non-finite derivative names the component, the time and the stage', () => {
    expect(() => integrateDormandPrince((_t, _y, dy) => void (dy[0] = Number.POSITIVE_INFINITY), 0, [1], 1)).toThrow(
      'Dormand–Prince: the derivative is not finite (component 0 = Infinity) at t = 0 (initial state); check the right-hand side for division by zero, overflow or an invalid state.',
    );
  });

  test('output accessors reject indices out of range', () => {
    const sol = integrateDormandPrince(oscillator(1), 0, [1, 0], 1, { outputTimes: [0, 1] });
    expect(() => sol.stateAt(2)).toThrow('Dormand–Prince: output index 2 is out of range [0, 2).');
    expect(() => sol.stateAt(-1)).toThrow('Dormand–Prince: output index -1 is out of range [0, 2).');
    expect(() => sol.component(2)).toThrow('Dormand–Prince: component 2 is out of range [0, 2).');
    expect(() => sol.component(-1)).toThrow('Dormand–Prince: component -1 is out of range [0, 2).');
    expect([...sol.stateAt(0)]).toEqual([1, 0]);
    expect([...sol.component(0)]).toEqual([1, sol.y[2]]);
  });

  test('the dense interpolant rejects times outside the integrated interval, in either direction', () => {
    const forward = integrateDormandPrince(decay(1), 0, [1], 2, { dense: true });
    expect(() => forward.interpolate!(-1)).toThrow('Dormand–Prince: t = -1 is outside the integrated interval [0, 2].');
    expect(() => forward.interpolate!(2.5)).toThrow('Dormand–Prince: t = 2.5 is outside the integrated interval [0, 2].');
    const backward = integrateDormandPrince(decay(1), 2, [1], 0, { dense: true });
    expect(() => backward.interpolate!(3)).toThrow('Dormand–Prince: t = 3 is outside the integrated interval [0, 2].');
    // Backwards from y(2) = 1: y(t) = e^(2 − t), so y(1) = e.
    expect(backward.interpolate!(1)[0]).toBeCloseTo(Math.E, 5);
    expect(backward.interpolate!(2)[0]).toBe(1);
    expect(forward.interpolate).toBeDefined();
    expect(integrateDormandPrince(decay(1), 0, [1], 2).interpolate).toBeUndefined();
  });
});

describe('step-size control by hand (Hairer, Nørsett & Wanner 1993, §II.4)', () => {
  test('a zero right-hand side: hinit gives 1e-6, then each exact step grows by maxFactor 10', () => {
    // d0 = d1 = 0 → h0 = 1e-6; d2 = 0 → h1 = max(1e-6, h0·1e-3) = 1e-6; h = min(100·h0, h1) = 1e-6.
    // Every step is exact (err = 0), so h grows tenfold: 1e-6, 1e-5, 1e-4, …
    const sol = integrateDormandPrince((_t, _y, dy) => void (dy[0] = 0), 0, [3], 1);
    expect(sol.t[1]).toBe(1e-6);
    expect(sol.t[2]).toBeCloseTo(1.1e-5, 18);
    expect(sol.t[3]).toBeCloseTo(1.11e-4, 17);
    // Steps 1e-6 … 1e-1 reach 0.111111; h = 1 would pass t1 = 1, so the last step is shortened to end exactly at 1.
    expect(sol.t.length).toBe(8);
    expect(sol.t[7]).toBe(1);
    expect([...sol.y].every((y) => y === 3)).toBe(true);
    expect(sol.stats).toEqual({ accepted: 7, rejected: 0, evaluations: 6 * 7 + 2 });
  });

  test('a given initial step is used as is, its sign ignored, and capped by maxStep', () => {
    const sol = integrateDormandPrince((_t, _y, dy) => void (dy[0] = 0), 0, [3], 1, { initialStep: -0.25 });
    // 0.25, then 10 × 0.25 = 2.5 is cut to the remaining 0.75.
    expect([...sol.t]).toEqual([0, 0.25, 1]);
    const capped = integrateDormandPrince((_t, _y, dy) => void (dy[0] = 0), 0, [3], 1, { initialStep: 0.5, maxStep: 0.2 });
    // maxStep 0.2 from the start: 0.2, 0.4, …, 1 (five steps).
    expect(capped.t.length).toBe(6);
    expect(capped.t[1]).toBe(0.2);
  });

  test('maxFactor limits the growth of the step', () => {
    // maxFactor 2 on an exact problem: 0.1, then 0.2, then 0.4 (0.1 + 0.2 + 0.4 = 0.7), then the remaining 0.3.
    const sol = integrateDormandPrince((_t, _y, dy) => void (dy[0] = 0), 0, [3], 1, { initialStep: 0.1, maxFactor: 2 });
    expect(sol.t[1]).toBeCloseTo(0.1, 15);
    expect(sol.t[2]).toBeCloseTo(0.3, 15);
    expect(sol.t[3]).toBeCloseTo(0.7, 15);
    expect(sol.t[4]).toBe(1);
  });
});

describe('non-autonomous problems and stage bookkeeping', () => {
  test('y′ = cos t, y(0) = 0 → y = sin t: the stages are evaluated at the right times', () => {
    const sol = integrateDormandPrince((t, _y, dy) => void (dy[0] = Math.cos(t)), 0, [0], 10, { rtol: 1e-12, atol: 1e-14, outputTimes: [2.5, 5, 10] });
    expect(sol.y[0]).toBeCloseTo(Math.sin(2.5), 10);
    expect(sol.y[1]).toBeCloseTo(Math.sin(5), 10);
    expect(sol.y[2]).toBeCloseTo(Math.sin(10), 10);
  });

  test('y′ = 5t⁴ over [0, 1] in one step is exact: the 5th-order weights integrate quartics exactly (Hairer et al., order conditions)', () => {
    const sol = integrateDormandPrince((t, _y, dy) => void (dy[0] = 5 * t ** 4), 0, [0], 1, { initialStep: 1, rtol: 1, atol: 1 });
    expect([...sol.t]).toEqual([0, 1]);
    expect(sol.y[1]).toBeCloseTo(1, 14);
  });

  test('a non-finite derivative names the stage where it appeared (stage times c = 1/5, 3/10, 4/5, 8/9, 1, 1)', () => {
    const failAfter = (limit: number) => (t: number, _y: Float64Array, dy: Float64Array) => void (dy[0] = t > limit ? Number.NaN : 1);
    const oneStep = { initialStep: 1 };
    expect(() => integrateDormandPrince(failAfter(0), 0, [0], 1)).toThrow(/at t = 0\.\d+ \(initial step estimate\)/);
    expect(() => integrateDormandPrince(failAfter(0.1), 0, [0], 1, oneStep)).toThrow('at t = 0.2 (stage 2)');
    expect(() => integrateDormandPrince(failAfter(0.25), 0, [0], 1, oneStep)).toThrow('at t = 0.3 (stage 3)');
    expect(() => integrateDormandPrince(failAfter(0.5), 0, [0], 1, oneStep)).toThrow('at t = 0.8 (stage 4)');
    expect(() => integrateDormandPrince(failAfter(0.85), 0, [0], 1, oneStep)).toThrow(`at t = ${8 / 9} (stage 5)`);
    expect(() => integrateDormandPrince(failAfter(0.95), 0, [0], 1, oneStep)).toThrow('at t = 1 (stage 6)');
    // Stage 7 is the second evaluation at t = 1 (the FSAL derivative at the new point).
    let callsAtEnd = 0;
    const failSecondAtEnd = (t: number, _y: Float64Array, dy: Float64Array) => void (dy[0] = t === 1 && ++callsAtEnd === 2 ? Number.NaN : 1);
    expect(() => integrateDormandPrince(failSecondAtEnd, 0, [0], 1, oneStep)).toThrow('at t = 1 (stage 7)');
  });

  test('outputs requested at t0 are reported even when t1 = t0', () => {
    const sol = integrateDormandPrince(decay(1), 1, [5], 1, { outputTimes: [1, 1] });
    expect([...sol.t]).toEqual([1, 1]);
    expect([...sol.y]).toEqual([5, 5]);
  });

  test('maxSteps counts attempted steps: an exact problem in 2 steps needs maxSteps ≥ 2', () => {
    // y′ = 0 from 0 to 1 starting with h = 0.25: steps 0.25 and then the remaining 0.75 (10 × 0.25 is cut to the end).
    const zero = (_t: number, _y: Float64Array, dy: Float64Array) => void (dy[0] = 0);
    expect([...integrateDormandPrince(zero, 0, [1], 1, { initialStep: 0.25, maxSteps: 2 }).t]).toEqual([0, 0.25, 1]);
    expect(() => integrateDormandPrince(zero, 0, [1], 1, { initialStep: 0.25, maxSteps: 1 })).toThrow(
      'Dormand–Prince: more than maxSteps = 1 steps needed to reach t = 1 (stopped at t = 0.25); the problem may be stiff, or raise maxSteps / loosen the tolerances.',
    );
  });
});

describe('error norm (Hairer et al. 1993, §II.4: RMS of errᵢ / (atolᵢ + rtol·max(|yᵢ|, |ŷᵢ|)))', () => {
  test('the norm is a root mean square: two identical copies of a problem take exactly the steps of one', () => {
    const one = integrateDormandPrince(decay(1.3), 0, [1], 5);
    const twoCopies: OdeRightHandSide = (_t, y, dy) => {
      dy[0] = -1.3 * y[0]!;
      dy[1] = -1.3 * y[1]!;
    };
    const two = integrateDormandPrince(twoCopies, 0, [1, 1], 5);
    expect([...two.t]).toEqual([...one.t]);
    expect(two.component(1)).toEqual(one.component(0));
  });

  test('an absolute tolerance adds to the relative one: it can only loosen the test, never make it stricter', () => {
    // Same rtol; atol 1e-6 instead of 0 makes every scale atol + rtol·|y| larger, so no more steps are needed.
    const relativeOnly = integrateDormandPrince(decay(1), 0, [1], 1, { rtol: 1e-6, atol: 0 });
    const withAbsolute = integrateDormandPrince(decay(1), 0, [1], 1, { rtol: 1e-6, atol: 1e-6 });
    expect(withAbsolute.stats.accepted + withAbsolute.stats.rejected).toBeLessThanOrEqual(relativeOnly.stats.accepted + relativeOnly.stats.rejected);
    expect(withAbsolute.y.at(-1)).toBeCloseTo(Math.exp(-1), 5);
  });
});
