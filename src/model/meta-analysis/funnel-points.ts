import { normalQuantile } from './distributions';
import { checkLevel, checkStudies, type StudyEffect } from './studies';

/** Coordinates of a funnel plot with standard error on the vertical axis (0 at the top). */
export interface FunnelPoints {
  /** The vertical reference line: the pooled estimate, units of `yi`. */
  centre: number;
  /** One point per study, in input order: effect `yi` and standard error √vᵢ. */
  points: Array<{ yi: number; se: number }>;
  /** Largest study SE: the bottom of the funnel. */
  maxSe: number;
  /** Pseudo-confidence level of the funnel, e.g. 0.95, and its normal quantile. */
  level: number;
  z: number;
  /**
   * The funnel's outline, a triangle: apex at SE 0 (both limits at `centre`)
   * and the base at `maxSe`, limits centre ∓ z·SE. Straight lines between them.
   */
  limits: { apex: { se: 0; lower: number; upper: number }; base: { se: number; lower: number; upper: number } };
}

/**
 * Funnel-plot coordinates as metafor's funnel() draws them for an
 * intercept-only model with yaxis = "sei" (metafor R/funnel.rma.r): each
 * study at (yᵢ, √vᵢ), a reference line at the pooled estimate and the
 * pseudo-95 % region centre ± z_{1−α/2}·SE for SE from 0 to the largest
 * study SE, without τ² (metafor's default addtau2 = FALSE; Sterne & Egger,
 * J Clin Epidemiol 2001;54:1046). `pooled` is the estimate on the `yi` scale
 * or any result with an `estimate` (fixedEffect, randomEffects). Needs one
 * study or more.
 *
 * @example funnelPoints([{ yi: 0.1, vi: 0.04 }, { yi: 0.3, vi: 0.01 }], 0.26).limits.base // { se: 0.2, lower: −0.132, upper: 0.652 }
 */
export function funnelPoints(studies: readonly StudyEffect[], pooled: number | { estimate: number }, options: { level?: number } = {}): FunnelPoints {
  const level = options.level ?? 0.95;
  checkLevel(level);
  checkStudies(studies, 1, 'A funnel plot');
  const centre = typeof pooled === 'number' ? pooled : pooled?.estimate;
  if (typeof centre !== 'number' || !Number.isFinite(centre)) {
    throw new RangeError(`A funnel plot needs the pooled estimate as a finite number on the studies' scale, got ${String(centre)}.`);
  }
  const points = studies.map((s) => ({ yi: s.yi, se: Math.sqrt(s.vi) }));
  const maxSe = Math.max(...points.map((p) => p.se));
  const z = -normalQuantile((1 - level) / 2);
  return {
    centre,
    points,
    maxSe,
    level,
    z,
    limits: {
      apex: { se: 0, lower: centre, upper: centre },
      base: { se: maxSe, lower: centre - z * maxSe, upper: centre + z * maxSe },
    },
  };
}
