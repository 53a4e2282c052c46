/**
 * Adaptive Dormand–Prince 5(4) integrator for ordinary differential equations
 * y′ = f(t, y).
 *
 * The method is the explicit Runge–Kutta pair RK5(4)7M of Dormand & Prince
 * [J Comput Appl Math 1980;6(1):19–26], in the form of Hairer's DOPRI5 code
 * [Hairer, Nørsett & Wanner, Solving Ordinary Differential Equations I,
 * 2nd ed., Springer 1993, §II.4–II.6]:
 *
 * - 7 stages, the 5th-order solution is propagated (local extrapolation) and
 *   the embedded 4th-order solution only gives the error estimate;
 * - FSAL ("first same as last"): the 7th stage is f at the new point, reused
 *   as the 1st stage of the next step, so an accepted step costs 6 evaluations;
 * - error norm: root-mean-square of errᵢ / (atolᵢ + rtol·max(|yᵢ|, |ŷᵢ|));
 * - step-size control h_new = h · clamp(safety · err^(−α) · err_prev^β,
 *   minFactor, maxFactor), α = 1/5 − 0.75β (β = 0 is the classical
 *   controller, β ≈ 0.04 Hairer's PI stabilisation); after a rejection the
 *   step is not allowed to grow on the next accepted step;
 * - initial step from Hairer's `hinit` heuristic unless given;
 * - continuous extension of order 4 (Hairer's `contd5` coefficients), used for
 *   output at requested times and for the optional dense interpolant.
 *
 * Units: the integrator is unit-agnostic; t and y are in whatever units the
 * right-hand side uses (the bone model uses days and pM).
 */

/** A state vector as callers may hold it. Inputs are copied; the integrator works in a Float64Array. */
export type StateVector = ArrayLike<number>;

/**
 * Right-hand side f(t, y). Write the derivative into `dydt` (preferred: no
 * allocation), or return it as an array-like of the same length (it is then
 * copied into `dydt`). `y` must not be modified.
 */
export type OdeRightHandSide = (t: number, y: Float64Array, dydt: Float64Array) => void | ArrayLike<number>;

/** Options for {@link integrateDormandPrince}. All tolerances are in the units of y. */
export interface DormandPrinceOptions {
  /** Relative tolerance (default 1e-6). */
  rtol?: number;
  /** Absolute tolerance, scalar or one per component (default 1e-9). */
  atol?: number | ArrayLike<number>;
  /** First trial step, in units of t (default: Hairer's `hinit` estimate). Sign is ignored. */
  initialStep?: number;
  /** Largest step magnitude allowed, in units of t (default |t1 − t0|). */
  maxStep?: number;
  /** Smallest step magnitude allowed before "step size underflow" is thrown (default 0: only the 16-ulp floor applies). */
  minStep?: number;
  /** Maximum number of attempted steps before giving up (default 100 000). */
  maxSteps?: number;
  /** Safety factor of the step-size controller (default 0.9). */
  safety?: number;
  /** Smallest step-size ratio h_new/h per step (default 0.2). */
  minFactor?: number;
  /** Largest step-size ratio h_new/h per step (default 10). */
  maxFactor?: number;
  /** PI-controller exponent β (default 0: classical controller; Hairer suggests 0.04). */
  beta?: number;
  /**
   * Times at which to report the solution, monotone in the direction of
   * integration and within [t0, t1]. Values between steps come from the
   * 4th-order continuous extension; steps are not shortened to hit them.
   * Without this option the solution is reported at t0 and every accepted step.
   */
  outputTimes?: ArrayLike<number>;
  /** Keep the continuous extension of every step and return `interpolate` (default false). */
  dense?: boolean;
}

/** Work counters of one integration. */
export interface DormandPrinceStats {
  /** Accepted steps. */
  accepted: number;
  /** Rejected steps (error estimate above tolerance). */
  rejected: number;
  /** Calls to the right-hand side. */
  evaluations: number;
}

/** The result of {@link integrateDormandPrince}. */
export interface DormandPrinceSolution {
  /** Output times (units of t). */
  t: Float64Array;
  /** Output states, row-major: the state at t[i] is y[i·dimension … (i+1)·dimension). */
  y: Float64Array;
  /** Number of state components. */
  dimension: number;
  /** The state at output index i (a view into `y`, not a copy). */
  stateAt(i: number): Float64Array;
  /** Component j at every output time (a copy). */
  component(j: number): Float64Array;
  stats: DormandPrinceStats;
  /**
   * Present when `dense: true`: the 4th-order continuous solution at any t in
   * [t0, t1], written into `out` when given.
   */
  interpolate?: (t: number, out?: Float64Array) => Float64Array;
}

// Dormand–Prince RK5(4)7M tableau (Hairer et al. 1993, Table 5.2).
const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40, A32 = 9 / 40;
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
// Error coefficients: 5th-order weights minus the embedded 4th-order weights.
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
// Continuous extension (Hairer's DOPRI5, routine contd5).
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

const EPS = Number.EPSILON;

/**
 * Integrates y′ = f(t, y) from t0 to t1 (t1 < t0 integrates backwards) with
 * the adaptive Dormand–Prince 5(4) method (Dormand & Prince 1980; Hairer,
 * Nørsett & Wanner 1993, DOPRI5). t in any unit; tolerances in the units of y.
 *
 * Throws a RangeError for invalid arguments and an Error when the derivative
 * is not finite, the step size underflows, or `maxSteps` is exceeded.
 *
 * @example
 * // y′ = −y, y(0) = 1 → y(1) = e^(−1)
 * const sol = integrateDormandPrince((t, y, dy) => { dy[0] = -y[0]!; }, 0, [1], 1, { outputTimes: [0, 0.5, 1] });
 * sol.y[2]; // ≈ 0.36788
 */
export function integrateDormandPrince(
  f: OdeRightHandSide,
  t0: number,
  y0: StateVector,
  t1: number,
  options: DormandPrinceOptions = {},
): DormandPrinceSolution {
  const n = y0.length;
  if (n === 0) throw new RangeError('Dormand–Prince: the initial state is empty.');
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) throw new RangeError(`Dormand–Prince: t0 and t1 must be finite, got ${t0} and ${t1}.`);
  const rtol = options.rtol ?? 1e-6;
  const safety = options.safety ?? 0.9;
  const minFactor = options.minFactor ?? 0.2;
  const maxFactor = options.maxFactor ?? 10;
  const beta = options.beta ?? 0;
  const maxSteps = options.maxSteps ?? 100_000;
  const span = Math.abs(t1 - t0);
  const maxStep = options.maxStep ?? span;
  const minStep = options.minStep ?? 0;
  if (!(rtol >= 0) || !Number.isFinite(rtol)) throw new RangeError(`Dormand–Prince: rtol must be a finite number ≥ 0, got ${rtol}.`);
  if (!(safety > 0 && safety <= 1)) throw new RangeError(`Dormand–Prince: safety must be in (0, 1], got ${safety}.`);
  if (!(minFactor > 0 && minFactor < 1)) throw new RangeError(`Dormand–Prince: minFactor must be in (0, 1), got ${minFactor}.`);
  if (!(maxFactor > 1) || !Number.isFinite(maxFactor)) throw new RangeError(`Dormand–Prince: maxFactor must be a finite number > 1, got ${maxFactor}.`);
  if (!(beta >= 0 && beta <= 0.2)) throw new RangeError(`Dormand–Prince: beta must be in [0, 0.2], got ${beta}.`);
  if (!(maxSteps >= 1)) throw new RangeError(`Dormand–Prince: maxSteps must be ≥ 1, got ${maxSteps}.`);
  if (!(maxStep > 0) && span > 0) throw new RangeError(`Dormand–Prince: maxStep must be > 0, got ${maxStep}.`);
  if (!(minStep >= 0)) throw new RangeError(`Dormand–Prince: minStep must be ≥ 0, got ${minStep}.`);

  const atol = new Float64Array(n);
  if (typeof options.atol === 'number' || options.atol === undefined) atol.fill(options.atol ?? 1e-9);
  else {
    if (options.atol.length !== n) throw new RangeError(`Dormand–Prince: atol has ${options.atol.length} components, the state has ${n}.`);
    for (let i = 0; i < n; i++) atol[i] = options.atol[i]!;
  }
  for (let i = 0; i < n; i++) {
    if (!(atol[i]! >= 0) || !Number.isFinite(atol[i]!)) throw new RangeError(`Dormand–Prince: atol[${i}] must be a finite number ≥ 0, got ${atol[i]}.`);
    if (atol[i] === 0 && rtol === 0) throw new RangeError('Dormand–Prince: atol and rtol cannot both be zero.');
  }

  const dir = t1 >= t0 ? 1 : -1;
  const y = Float64Array.from(y0);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i]!)) throw new RangeError(`Dormand–Prince: initial state component ${i} is not finite (${y[i]}).`);
  }

  const outputTimes = options.outputTimes;
  if (outputTimes) {
    for (let i = 0; i < outputTimes.length; i++) {
      const to = outputTimes[i]!;
      if (!Number.isFinite(to) || (to - t0) * dir < 0 || (to - t1) * dir > 0) {
        throw new RangeError(`Dormand–Prince: output time ${to} is outside the integration interval [${Math.min(t0, t1)}, ${Math.max(t0, t1)}].`);
      }
      if (i > 0 && (to - outputTimes[i - 1]!) * dir < 0) throw new RangeError('Dormand–Prince: output times must be monotone in the direction of integration.');
    }
  }

  // Work arrays, allocated once.
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n);
  const k5 = new Float64Array(n), k6 = new Float64Array(n), k7 = new Float64Array(n);
  const yStage = new Float64Array(n), yNew = new Float64Array(n);
  const r1 = new Float64Array(n), r2 = new Float64Array(n), r3 = new Float64Array(n), r4 = new Float64Array(n), r5 = new Float64Array(n);

  const stats: DormandPrinceStats = { accepted: 0, rejected: 0, evaluations: 0 };

  const evaluate = (t: number, state: Float64Array, out: Float64Array, stage: string): void => {
    stats.evaluations++;
    const returned = f(t, state, out);
    if (returned && returned !== out) {
      if (returned.length !== n) throw new Error(`Dormand–Prince: the right-hand side returned ${returned.length} components, the state has ${n}.`);
      for (let i = 0; i < n; i++) out[i] = returned[i]!;
    }
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(out[i]!)) {
        throw new Error(`Dormand–Prince: the derivative is not finite (component ${i} = ${out[i]}) at t = ${t} (${stage}); check the right-hand side for division by zero, overflow or an invalid state.`);
      }
    }
  };

  // Output buffers.
  let outT: number[] | Float64Array;
  let outY: number[] | Float64Array;
  let outCount = 0;
  const fixedOutput = outputTimes !== undefined;
  if (fixedOutput) {
    outT = new Float64Array(outputTimes.length);
    outY = new Float64Array(outputTimes.length * n);
  } else {
    outT = [];
    outY = [];
  }
  const pushState = (t: number, state: Float64Array): void => {
    if (fixedOutput) {
      (outT as Float64Array)[outCount] = t;
      (outY as Float64Array).set(state, outCount * n);
    } else {
      (outT as number[]).push(t);
      for (let i = 0; i < n; i++) (outY as number[]).push(state[i]!);
    }
    outCount++;
  };

  // Dense storage: per step told, h and the 5n coefficients.
  const denseT: number[] = [];
  const denseH: number[] = [];
  const denseCoefficients: number[] = [];

  let t = t0;
  evaluate(t, y, k1, 'initial state');

  // Outputs at t0.
  let nextOutput = 0;
  if (fixedOutput) {
    while (nextOutput < outputTimes.length && outputTimes[nextOutput] === t0) {
      pushState(t0, y);
      nextOutput++;
    }
  } else pushState(t0, y);

  if (span === 0) return finish();

  let h = options.initialStep !== undefined ? Math.abs(options.initialStep) : initialStepEstimate();
  if (!(h > 0) || !Number.isFinite(h)) throw new RangeError(`Dormand–Prince: initialStep must be a positive finite number, got ${options.initialStep}.`);
  h = Math.min(h, maxStep, span);

  const expo = 0.2 - beta * 0.75;
  let errPrev = 1e-4;
  let lastRejected = false;
  let attempts = 0;
  let finished = false;

  while (!finished) {
    if (attempts >= maxSteps) {
      throw new Error(`Dormand–Prince: more than maxSteps = ${maxSteps} steps needed to reach t = ${t1} (stopped at t = ${t}); the problem may be stiff, or raise maxSteps / loosen the tolerances.`);
    }
    const floor = Math.max(minStep, 16 * EPS * Math.max(Math.abs(t), Number.MIN_VALUE));
    if (h < floor) {
      throw new Error(`Dormand–Prince: step size underflow at t = ${t} (h = ${h} < ${floor}); the solution may blow up or the right-hand side may be discontinuous there.`);
    }
    let last = false;
    if ((t + 1.01 * dir * h - t1) * dir >= 0) {
      h = Math.abs(t1 - t);
      last = true;
    }
    const hs = dir * h;
    attempts++;

    for (let i = 0; i < n; i++) yStage[i] = y[i]! + hs * A21 * k1[i]!;
    evaluate(t + C2 * hs, yStage, k2, 'stage 2');
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + hs * (A31 * k1[i]! + A32 * k2[i]!);
    evaluate(t + C3 * hs, yStage, k3, 'stage 3');
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + hs * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
    evaluate(t + C4 * hs, yStage, k4, 'stage 4');
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + hs * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
    evaluate(t + C5 * hs, yStage, k5, 'stage 5');
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + hs * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
    const tNew = last ? t1 : t + hs;
    evaluate(tNew, yStage, k6, 'stage 6');
    for (let i = 0; i < n; i++) yNew[i] = y[i]! + hs * (A71 * k1[i]! + A73 * k3[i]! + A74 * k4[i]! + A75 * k5[i]! + A76 * k6[i]!);
    evaluate(tNew, yNew, k7, 'stage 7');

    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = hs * (E1 * k1[i]! + E3 * k3[i]! + E4 * k4[i]! + E5 * k5[i]! + E6 * k6[i]! + E7 * k7[i]!);
      const sk = atol[i]! + rtol * Math.max(Math.abs(y[i]!), Math.abs(yNew[i]!));
      const q = e / sk;
      sum += q * q;
    }
    const err = Math.sqrt(sum / n);
    if (!Number.isFinite(err)) {
      throw new Error(`Dormand–Prince: the error estimate is not finite at t = ${t} (h = ${h}); the state may have overflowed.`);
    }

    if (err <= 1) {
      stats.accepted++;
      const needDense = options.dense === true || (fixedOutput && nextOutput < outputTimes.length && (outputTimes[nextOutput]! - tNew) * dir <= 0);
      if (needDense) {
        for (let i = 0; i < n; i++) {
          const ydiff = yNew[i]! - y[i]!;
          const bspl = hs * k1[i]! - ydiff;
          r1[i] = y[i]!;
          r2[i] = ydiff;
          r3[i] = bspl;
          r4[i] = ydiff - hs * k7[i]! - bspl;
          r5[i] = hs * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
        }
        if (options.dense) {
          denseT.push(t);
          denseH.push(hs);
          for (let i = 0; i < n; i++) denseCoefficients.push(r1[i]!, r2[i]!, r3[i]!, r4[i]!, r5[i]!);
        }
        if (fixedOutput) {
          while (nextOutput < outputTimes.length && (outputTimes[nextOutput]! - tNew) * dir <= 0) {
            const to = outputTimes[nextOutput]!;
            if (to === tNew) pushState(to, yNew);
            else {
              const theta = (to - t) / hs;
              for (let i = 0; i < n; i++) yStage[i] = contd(r1[i]!, r2[i]!, r3[i]!, r4[i]!, r5[i]!, theta);
              pushState(to, yStage);
            }
            nextOutput++;
          }
        }
      }
      // FSAL: the last stage is the derivative at the new point.
      k1.set(k7);
      y.set(yNew);
      t = tNew;
      if (!fixedOutput) pushState(t, y);
      if (last) finished = true;
      let factor = safety * Math.pow(err, -expo) * Math.pow(errPrev, beta);
      if (err === 0) factor = maxFactor;
      factor = Math.min(maxFactor, Math.max(minFactor, factor));
      if (lastRejected) factor = Math.min(factor, 1);
      errPrev = Math.max(err, 1e-4);
      lastRejected = false;
      h = Math.min(h * factor, maxStep);
    } else {
      stats.rejected++;
      lastRejected = true;
      const factor = Math.max(minFactor, safety * Math.pow(err, -expo));
      h *= Math.min(factor, 1);
    }
  }

  return finish();

  function initialStepEstimate(): number {
    // Hairer et al. 1993, §II.4, "Automatic step size control", starting step.
    let d0 = 0, d1 = 0;
    for (let i = 0; i < n; i++) {
      const sk = atol[i]! + rtol * Math.abs(y[i]!);
      d0 += (y[i]! / sk) ** 2;
      d1 += (k1[i]! / sk) ** 2;
    }
    d0 = Math.sqrt(d0 / n);
    d1 = Math.sqrt(d1 / n);
    let h0 = d0 < 1e-10 || d1 < 1e-10 ? 1e-6 : 0.01 * (d0 / d1);
    h0 = Math.min(h0, maxStep, span);
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + dir * h0 * k1[i]!;
    evaluate(t + dir * h0, yStage, k2, 'initial step estimate');
    let d2 = 0;
    for (let i = 0; i < n; i++) {
      const sk = atol[i]! + rtol * Math.abs(y[i]!);
      d2 += ((k2[i]! - k1[i]!) / sk) ** 2;
    }
    d2 = Math.sqrt(d2 / n) / h0;
    const dm = Math.max(d1, d2);
    const h1 = dm <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / dm, 1 / 5);
    return Math.min(100 * h0, h1, maxStep);
  }

  function finish(): DormandPrinceSolution {
    const tOut = fixedOutput ? (outT as Float64Array) : Float64Array.from(outT as number[]);
    const yOut = fixedOutput ? (outY as Float64Array) : Float64Array.from(outY as number[]);
    const solution: DormandPrinceSolution = {
      t: tOut,
      y: yOut,
      dimension: n,
      stateAt: (i: number) => {
        if (!(i >= 0 && i < tOut.length)) throw new RangeError(`Dormand–Prince: output index ${i} is out of range [0, ${tOut.length}).`);
        return yOut.subarray(i * n, (i + 1) * n);
      },
      component: (j: number) => {
        if (!(j >= 0 && j < n)) throw new RangeError(`Dormand–Prince: component ${j} is out of range [0, ${n}).`);
        const c = new Float64Array(tOut.length);
        for (let i = 0; i < tOut.length; i++) c[i] = yOut[i * n + j]!;
        return c;
      },
      stats,
    };
    if (options.dense) {
      const y0Copy = Float64Array.from(y0);
      const yEnd = Float64Array.from(y);
      solution.interpolate = (tq: number, out?: Float64Array) => {
        const target = out ?? new Float64Array(n);
        if (!Number.isFinite(tq) || (tq - t0) * dir < 0 || (tq - t1) * dir > 0) {
          throw new RangeError(`Dormand–Prince: t = ${tq} is outside the integrated interval [${Math.min(t0, t1)}, ${Math.max(t0, t1)}].`);
        }
        if (tq === t0 || denseT.length === 0) {
          target.set(y0Copy);
          return target;
        }
        if (tq === t1) {
          target.set(yEnd);
          return target;
        }
        // Last step whose start is at or before tq (in the integration direction).
        let lo = 0, hi = denseT.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((denseT[mid]! - tq) * dir <= 0) lo = mid;
          else hi = mid - 1;
        }
        const theta = (tq - denseT[lo]!) / denseH[lo]!;
        const base = lo * 5 * n;
        for (let i = 0; i < n; i++) {
          const o = base + 5 * i;
          target[i] = contd(denseCoefficients[o]!, denseCoefficients[o + 1]!, denseCoefficients[o + 2]!, denseCoefficients[o + 3]!, denseCoefficients[o + 4]!, theta);
        }
        return target;
      };
    }
    return solution;
  }
}

/** Hairer's contd5: the continuous extension at θ = (t − t_old)/h ∈ [0, 1]. */
function contd(c1: number, c2: number, c3: number, c4: number, c5: number, theta: number): number {
  const theta1 = 1 - theta;
  return c1 + theta * (c2 + theta1 * (c3 + theta * (c4 + theta1 * c5)));
}
