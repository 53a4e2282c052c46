import { z } from 'astro/zod';
import { POOLING_METHODS } from '../../model/meta-analysis/pool';
import { CERTAINTY_LEVELS } from '../content/certainty';
import { OUTCOME_SITES } from '../trials/vocabulary';

/** One GRADE domain's judgement with the reason, in the reader's words. */
const domain = z
  .object({
    rating: z.enum(['not serious', 'serious', 'very serious']),
    reason: z.string().min(10, 'Say why, in a sentence.'),
  })
  .strict();

/** The five GRADE domains, in the order a Summary-of-Findings footnote lists them. */
export const GRADE_DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;
export type GradeDomain = (typeof GRADE_DOMAINS)[number];

/**
 * The GRADE certainty rating and its reasons (Guyatt GH et al., GRADE
 * guidelines, J Clin Epidemiol 2011; Balshem 2011 for the levels). Randomized
 * trials start at high and are rated down one level per serious concern.
 */
export const gradeSchema = z
  .object({
    certainty: z.enum(CERTAINTY_LEVELS),
    riskOfBias: domain,
    inconsistency: domain.extend({
      /** Why heterogeneity does not lower certainty (e.g. all trials on the same side of an important threshold). Needed to rate "not serious" when I² > 50 % or intervals do not overlap. */
      explanation: z.string().min(20).optional(),
    }),
    indirectness: domain,
    imprecision: domain,
    publicationBias: domain,
    /** The plain-language bottom line, in GRADE's wording ("probably reduces", "may increase", "we are uncertain"). */
    summary: z.string().min(20),
  })
  .strict()
  .superRefine((grade, ctx) => {
    const steps = { 'not serious': 0, serious: 1, 'very serious': 2 } as const;
    const down = GRADE_DOMAINS.reduce((n, d) => n + steps[grade[d].rating], 0);
    const expected = (['high', 'moderate', 'low', 'very-low', 'very-low'] as const)[Math.min(down, 4)];
    if (grade.certainty !== expected && grade.certainty !== 'insufficient') {
      ctx.addIssue({
        code: 'custom',
        path: ['certainty'],
        message: `Certainty "${grade.certainty}" does not follow from the domain ratings: randomized evidence rated down ${down} level(s) is "${expected}".`,
      });
    }
  });

const ratioMeasure = z.enum(['risk ratio', 'hazard ratio', 'odds ratio']);

/** One trial outcome that an analysis pools. Numbers are read from the trial record, never copied here. */
const pooledStudy = z
  .object({
    /** Trial id (content/trials/<id>.yaml). */
    trial: z.string().min(1),
    /** Outcome site in that record. */
    site: z.enum(OUTCOME_SITES),
    /** The active arm, when the record compares more than one arm with placebo. */
    arm: z.string().optional(),
    /** Label in the plot; defaults to the trial's name. */
    label: z.string().optional(),
  })
  .strict();

/** The risk without treatment that absolute effects are computed at, with its named source. */
const baselineSchema = z
  .object({
    /** Events per 1000 over `years`. Omit to derive it from `fromTrial`'s control-arm events and size. */
    per1000: z.number().positive().max(1000).optional(),
    /** Read the control arm's events / participants from this pooled study of the trial record. */
    fromTrial: z.string().optional(),
    /** The control arm's event rate per 10,000 person-years, as the source prints it; the risk over `years` is rate × years (constant rate assumed, said on the page). */
    ratePer10000PersonYears: z.number().positive().optional(),
    years: z.number().positive().max(30),
    /** Where the risk comes from, named (e.g. "WHI estrogen-alone trial, placebo arm"). */
    source: z.string().min(10, 'Name where the baseline risk comes from.'),
  })
  .strict()
  .refine((b) => [b.per1000, b.fromTrial, b.ratePer10000PersonYears].filter((v) => v !== undefined).length === 1, {
    message: 'Give the baseline one way: `per1000` (with its source), `fromTrial` (derived from that trial\'s control arm) or `ratePer10000PersonYears`.',
  });

/** One outcome row of the profile: an analysis, its GRADE rating and its Summary-of-Findings entries. */
const outcomeSchema = z
  .object({
    /** Permanent id: the section id and SoF row anchor (locked once published). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. `hip-fracture`.'),
    title: z.string().min(3),
    /** Benefit or harm: decides which way an important threshold lies. */
    kind: z.enum(['benefit', 'harm']),
    measure: ratioMeasure,
    /** Estimator shown first and used in the SoF table. */
    method: z.enum(POOLING_METHODS).default('REML'),
    studies: z.array(pooledStudy).min(1, 'An outcome needs at least one study.'),
    /** Id of a `decisions` entry that justifies pooling estrogen-alone with estrogen plus progestogen. */
    poolingDecision: z.string().optional(),
    /** Outcome-specific thresholds of an important effect; GRADE's defaults (0.75 and 1.25) apply otherwise. */
    thresholds: z.object({ lower: z.number().positive().lt(1), upper: z.number().gt(1), source: z.string().min(10) }).strict().optional(),
    baseline: baselineSchema,
    grade: gradeSchema,
    /** The same question in a published meta-analysis, for comparison. */
    check: z
      .object({
        citation: z.string().min(1),
        label: z.string().min(3),
        measure: ratioMeasure,
        estimate: z.number().positive(),
        ci: z.tuple([z.number().positive(), z.number().positive()]),
        locator: z.string().min(3),
        /** True when this profile's trial numbers were taken from that same meta-analysis (so agreement is no check). */
        sameExtraction: z.boolean(),
        /** Why the two estimates differ, or agree. */
        comparison: z.string().min(20),
      })
      .strict()
      .optional(),
    caveats: z.array(z.string()).default([]),
  })
  .strict();

/** One study the review considered, whatever became of it. The flow of counts is derived from these. */
const consideredSchema = z
  .object({
    /** Study name as the literature calls it (e.g. "HERS", "WISDOM"). */
    name: z.string().min(2),
    /** Trial record, when one exists. */
    trial: z.string().optional(),
    /** Further trial records of the same study (later reports, e.g. its harms), pooled under the same study. */
    reports: z.array(z.string()).default([]),
    /** Reference key, when the report is in references.bib. */
    citation: z.string().optional(),
    /** Where it was found: a `search.syntheses` or `search.queries` id. */
    foundIn: z.array(z.string()).min(1, 'Say where the study was found (a `search.syntheses` or `search.queries` id).'),
    status: z.enum(['included', 'excluded', 'awaiting assessment']),
    /** Why excluded, or what is missing to assess it. */
    reason: z.string().min(10).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.status !== 'included' && !s.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: `A study "${s.status}" needs a \`reason\` (why it was excluded, or what is missing to assess it).` });
    if (s.status === 'included' && !s.trial) ctx.addIssue({ code: 'custom', path: ['trial'], message: 'An included study needs a `trial` record in content/trials/ (its numbers are read from there).' });
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.');

/** The search as it really was: whose trial lists were used, what was queried here, and what could not be searched. */
const searchSchema = z
  .object({
    syntheses: z
      .array(
        z
          .object({
            id: z.string().min(2),
            citation: z.string().optional(),
            name: z.string().min(3),
            /** The synthesis's own search date, as it states it ("to March 2016"), or "not read" with why. */
            searchDate: z.string().min(3),
            /** What was read of it (abstract, table of included trials…). */
            read: z.string().min(10),
          })
          .strict(),
      )
      .default([]),
    queries: z
      .array(z.object({ id: z.string().min(2), query: z.string().min(3), where: z.string().min(3), date: isoDate, found: z.string().min(3) }).strict())
      .default([]),
    /** What could not be searched (e.g. MEDLINE, Embase, CENTRAL themselves). */
    notSearched: z.string().min(20),
  })
  .strict();

/**
 * An evidence profile (content/evidence/<slug>.yaml): one clinical question
 * answered systematically, with its search, every study considered, and per
 * outcome an analysis, a GRADE rating and a Summary-of-Findings row.
 */
export const profileSchema = z
  .object({
    kind: z.literal('profile').default('profile'),
    title: z.string().min(3),
    /** The question in one sentence. */
    question: z.string().min(10),
    pico: z.object({ population: z.string().min(5), intervention: z.string().min(3), comparison: z.string().min(3), outcomes: z.string().min(3) }).strict(),
    eligibility: z.array(z.string().min(5)).min(1),
    search: searchSchema,
    considered: z.array(consideredSchema).min(1),
    /** Analysis decisions with their reasons (e.g. whether to pool estrogen-alone with estrogen plus progestogen). */
    decisions: z.array(z.object({ id: z.string().min(2), decision: z.string().min(10), reason: z.string().min(10) }).strict()).default([]),
    outcomes: z.array(outcomeSchema).min(1),
    caveats: z.array(z.string()).default([]),
    /** Plain-language summary of the whole profile. */
    summary: z.string().min(20),
  })
  .strict();

/** An index page that replaced an earlier pooled page: a short list of the profiles that now answer its question. */
export const indexSchema = z
  .object({
    kind: z.literal('index'),
    title: z.string().min(3),
    question: z.string().min(10),
    /** Why the earlier pool was replaced. */
    note: z.string().min(20),
    profiles: z.array(z.object({ slug: z.string().min(1), outcome: z.string().min(1) }).strict()).min(1),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type ProfileOutcome = Profile['outcomes'][number];
export type EvidenceIndex = z.infer<typeof indexSchema>;
export type Grade = z.infer<typeof gradeSchema>;
