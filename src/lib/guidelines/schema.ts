import { z } from 'astro/zod';

/** One recommendation, quoted in the guideline's own words with its own grade. */
const recommendationSchema = z
  .object({
    /** The wording exactly as the guideline (or the named reproduction of it) prints it. */
    text: z.string().min(20, 'Quote the recommendation in full, in its own words.'),
    /** The grade as the guideline writes it, e.g. "Grade D", "1|⊕⊕⊕⊕", "strong", "Level I", or "not graded". */
    grade: z.string().min(1),
    /** The grading system the grade belongs to, in a few words. */
    gradeSystem: z.string().min(3),
    /** Where in the guideline the wording is (section, recommendation number, "Abstract"). */
    locator: z.string().min(3, 'Every quotation needs a `locator`: where in the guideline it is.'),
    /** Where the wording was read when not in the cited paper itself: a reproduction, marked secondary. */
    readAt: z.string().optional(),
  })
  .strict();

/** A guideline record, content/guidelines/<id>.yaml. */
export const guidelineSchema = z
  .object({
    /** The issuing organisation, as the guideline names itself. */
    body: z.string().min(2),
    title: z.string().min(5),
    /** Year of the edition quoted; `updated` when the body has updated it since. */
    edition: z.number().int().min(1980).max(2100),
    updated: z.string().optional(),
    /** The references.bib key of the guideline and where in it the record's wording is. */
    source: z.object({ key: z.string().min(1), locator: z.string().min(3) }).strict(),
    /** Who the recommendations are about, in the guideline's terms. */
    population: z.string().min(5),
    recommendations: z.array(recommendationSchema).min(1, 'Quote at least one recommendation.'),
    /** references.bib key of the edition this one replaces, if any. */
    supersedes: z.string().optional(),
  })
  .strict();

export type Guideline = z.infer<typeof guidelineSchema>;
