import { z } from 'astro/zod';
import { CERTAINTY_LEVELS } from '../content/certainty';
import { OUTCOME_SITES, RATIO_EFFECTS } from '../trials/vocabulary';

/** One GRADE domain's judgement with the reason, in the reader's words. */
const domain = z
  .object({
    rating: z.enum(['not serious', 'serious', 'very serious']),
    reason: z.string().min(10, 'Say why, in a sentence.'),
  })
  .strict();

/**
 * The GRADE certainty rating and its reasons (Guyatt GH et al., GRADE
 * guidelines, J Clin Epidemiol 2011; Balshem 2011 for the levels). Randomized
 * trials start at high and are rated down one level per serious concern.
 */
export const gradeSchema = z
  .object({
    certainty: z.enum(CERTAINTY_LEVELS),
    riskOfBias: domain,
    inconsistency: domain,
    indirectness: domain,
    imprecision: domain,
    publicationBias: domain,
    /** The plain-language bottom line. */
    summary: z.string().min(20),
  })
  .strict()
  .superRefine((grade, ctx) => {
    const steps = { 'not serious': 0, serious: 1, 'very serious': 2 } as const;
    const down = (['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const).reduce((n, d) => n + steps[grade[d].rating], 0);
    const expected = (['high', 'moderate', 'low', 'very-low', 'very-low'] as const)[Math.min(down, 4)];
    if (grade.certainty !== expected && grade.certainty !== 'insufficient') {
      ctx.addIssue({
        code: 'custom',
        path: ['certainty'],
        message: `Certainty "${grade.certainty}" does not follow from the domain ratings: randomized evidence rated down ${down} level(s) is "${expected}".`,
      });
    }
  });

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
    grade: gradeSchema,
    /** What the reader should keep in mind about these studies. */
    caveats: z.array(z.string()).default([]),
  })
  .strict()
  .refine((e) => RATIO_EFFECTS.has(e.measure));

export type Evidence = z.infer<typeof evidenceSchema>;
