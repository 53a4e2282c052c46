import { z } from 'astro/zod';
import { OUTCOME_SITES, RATIO_EFFECTS } from '../trials/vocabulary';

/**
 * A meta-analysis question (content/evidence/<slug>.yaml): which trial
 * outcomes are pooled. Numbers are never copied here; they are read from the
 * trial records, so each number has one source.
 */
export const evidenceSchema = z
  .object({
    title: z.string().min(3),
    /** The question in PICO form. */
    question: z.string().min(10),
    /** Effect measure pooled on the log scale. */
    measure: z.enum(['risk ratio', 'hazard ratio', 'odds ratio']),
    /** Default random-effects estimator shown first. */
    method: z.enum(['FE', 'DL', 'REML', 'REML-HKSJ']).default('REML'),
    studies: z
      .array(
        z
          .object({
            /** Trial id (content/trials/<id>.yaml). */
            trial: z.string().min(1),
            /** Outcome site in that record. */
            site: z.enum(OUTCOME_SITES),
            /** Label in the plot; defaults to the trial's name. */
            label: z.string().optional(),
          })
          .strict(),
      )
      .min(2, 'A meta-analysis pools at least two studies.'),
    /** What the reader should keep in mind about these studies. */
    caveats: z.array(z.string()).default([]),
  })
  .strict()
  .refine((e) => RATIO_EFFECTS.has(e.measure));

export type Evidence = z.infer<typeof evidenceSchema>;
