import { z } from 'astro/zod';
import {
  BLINDING,
  BOUNDS,
  DESIGNS,
  DOSE_UNITS,
  EFFECT_TYPES,
  FREQUENCIES,
  INTERVENTIONS,
  OUTCOME_SITES,
  RATIO_EFFECTS,
  ROUTES,
  TIME_UNITS,
} from './vocabulary';

/** Where in the source a number was read, e.g. "Table 2" or "Abstract". */
const LOCATOR_MESSAGE = 'Every number needs a `locator` saying where in the source it was read (e.g. "Table 2", "Abstract").';
const locator = z.string({ error: LOCATOR_MESSAGE }).trim().min(2, LOCATOR_MESSAGE);

const duration = z.object({ value: z.number().positive(), unit: z.enum(TIME_UNITS), locator }).strict();

const arm = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'Arm ids are lower-case words joined by hyphens.'),
    label: z.string().min(1),
    intervention: z.enum(INTERVENTIONS),
    dose: z.object({ value: z.number().positive(), unit: z.enum(DOSE_UNITS) }).strict().optional(),
    /** Why an active arm has no single dose (e.g. the source names regimens, not doses). */
    doseNote: z.string().min(1).optional(),
    route: z.enum(ROUTES),
    frequency: z.enum(FREQUENCIES),
    /** Number randomized to the arm; omit only when the source does not report it. */
    n: z.number().int().positive().optional(),
    locator,
    notes: z.string().optional(),
  })
  .strict();

const outcome = z
  .object({
    measure: z.string().min(1),
    site: z.enum(OUTCOME_SITES),
    timepoint: z.object({ value: z.number().positive(), unit: z.enum(TIME_UNITS) }).strict(),
    effect: z.enum(EFFECT_TYPES),
    /** For within-arm effects: the arm. For comparisons: the active arm. */
    arm: z.string(),
    /** For comparisons: the comparator arm. */
    versus: z.string().optional(),
    estimate: z.number(),
    ci: z.tuple([z.number(), z.number()]).optional(),
    /** Participants with the event in `arm` and in `versus`, for binary outcomes. */
    events: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
    /** Standard error, when the source reports mean ± SE instead of a CI. */
    se: z.number().positive().optional(),
    ciLevel: z.number().gt(0).lt(1).default(0.95),
    p: z.union([z.number().min(0).max(1), z.string().regex(/^[<>≤]\s?0?\.\d+$/, 'Write p as a number or as e.g. "<0.001".')]).optional(),
    locator,
    notes: z.string().optional(),
  })
  .strict();

/**
 * A randomized trial as a typed record. Every number carries a `locator`;
 * `source` says whether the numbers were read in the primary paper.
 * Invariants beyond types are checked in `superRefine` and reported with
 * the field path.
 */
export const trialSchema = z
  .object({
    citation: z.string().min(1),
    name: z.string().min(1),
    acronym: z.string().optional(),
    source: z.enum(['primary paper', 'primary abstract', 'secondary source']),
    sourceNote: z.string().optional(),
    design: z
      .object({
        type: z.enum(DESIGNS),
        blinding: z.enum(BLINDING),
        /** Where the blinding was read: source and locator, with "(secondary)" when it is not the cited paper. Required unless blinding is "not reported". */
        blindingSource: z.string().trim().min(2).optional(),
        placeboControlled: z.boolean(),
        locator,
      })
      .strict(),
    population: z
      .object({ description: z.string().min(1), randomized: z.number().int().positive(), locator })
      .strict(),
    duration,
    arms: z.array(arm).min(1),
    outcomes: z.array(outcome).min(1),
    summary: z.string().min(1),
  })
  .strict()
  .superRefine((trial, ctx) => {
    if (trial.design.blinding !== 'not reported' && !trial.design.blindingSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['design', 'blindingSource'],
        message: `Blinding is recorded as "${trial.design.blinding}" but \`design.blindingSource\` does not say where that was read: name the source and its locator (e.g. "Abstract (Methods)", or a later report marked "(secondary)"), or record blinding as "not reported".`,
      });
    }
    const armIds = new Set<string>();
    trial.arms.forEach((a, i) => {
      if (armIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['arms', i, 'id'], message: `Duplicate arm id "${a.id}": give each arm its own id (outcomes name arms by id).` });
      armIds.add(a.id);
      if (a.intervention !== 'placebo' && a.intervention !== 'no treatment' && !a.dose && !a.doseNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['arms', i, 'dose'],
          message: `Arm "${a.id}" is an active treatment but has no dose: add dose: { value, unit } as the paper states it, or a doseNote saying why the source gives none.`,
        });
      }
    });
    const sizes = trial.arms.map((a) => a.n);
    const total = sizes.reduce<number>((sum, n) => sum + (n ?? 0), 0);
    if (sizes.every((n) => n !== undefined) && total !== trial.population.randomized) {
      ctx.addIssue({
        code: 'custom',
        path: ['arms'],
        message: `Arm sizes sum to ${total} but population.randomized is ${trial.population.randomized}. Check both against the paper's CONSORT diagram.`,
      });
    }
    trial.outcomes.forEach((o, i) => {
      const at = (...rest: (string | number)[]) => ['outcomes', i, ...rest];
      if (!armIds.has(o.arm)) ctx.addIssue({ code: 'custom', path: at('arm'), message: `Unknown arm "${o.arm}"; arms are ${[...armIds].join(', ')}.` });
      const comparative = o.effect !== 'mean percent change';
      if (comparative && !o.versus) ctx.addIssue({ code: 'custom', path: at('versus'), message: `A ${o.effect} compares two arms: add \`versus\`.` });
      if (!comparative && o.versus) ctx.addIssue({ code: 'custom', path: at('versus'), message: 'A within-arm mean percent change has no `versus`.' });
      if (o.versus && !armIds.has(o.versus)) ctx.addIssue({ code: 'custom', path: at('versus'), message: `Unknown arm "${o.versus}"; arms are ${[...armIds].join(', ')}.` });
      if (o.ci && !(o.ci[0] <= o.estimate && o.estimate <= o.ci[1])) {
        ctx.addIssue({
          code: 'custom',
          path: at('ci'),
          message: `Confidence interval [${o.ci[0]}, ${o.ci[1]}] does not contain the estimate ${o.estimate}: lower ≤ estimate ≤ upper must hold.`,
        });
      }
      if (o.events) {
        if (!comparative) ctx.addIssue({ code: 'custom', path: at('events'), message: 'Event counts belong to a comparison: add `versus`.' });
        const sizes = [trial.arms.find((a) => a.id === o.arm)?.n, trial.arms.find((a) => a.id === o.versus)?.n];
        o.events.forEach((count, side) => {
          const size = sizes[side];
          if (size !== undefined && count > size) {
            ctx.addIssue({ code: 'custom', path: at('events', side), message: `${count} events is more than the ${size} participants in that arm: check both against the paper (events are [arm, versus]).` });
          }
        });
      }
      if (o.ci && o.se) ctx.addIssue({ code: 'custom', path: at('se'), message: 'Give either `ci` or `se`, as the source reports it, not both.' });
      const values = [o.estimate, ...(o.ci ?? [])];
      if (RATIO_EFFECTS.has(o.effect)) {
        if (values.some((v) => v < BOUNDS.ratioMin || v > BOUNDS.ratioMax)) {
          ctx.addIssue({ code: 'custom', path: at('estimate'), message: `A ${o.effect} must lie between ${BOUNDS.ratioMin} and ${BOUNDS.ratioMax}; got ${values.join(', ')}.` });
        }
      } else if (values.some((v) => Math.abs(v) > BOUNDS.percentChange)) {
        ctx.addIssue({ code: 'custom', path: at('estimate'), message: `A percent change beyond ±${BOUNDS.percentChange} % is implausible; got ${values.join(', ')}.` });
      }
    });
  });

export type Trial = z.infer<typeof trialSchema>;
export type TrialArm = Trial['arms'][number];
export type TrialOutcome = Trial['outcomes'][number];
