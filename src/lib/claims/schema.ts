import { z } from 'astro/zod';
import { CERTAINTY_LEVELS } from '../content/certainty';

/** Lower-case words joined by hyphens, like section ids: `ht-ea-fractures-uspstf`. */
export const CLAIM_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** What a claim says: a benefit or a harm of an intervention, or any other graded statement. */
export const CLAIM_KINDS = ['benefit', 'harm', 'statement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A number as printed, with its units and the time it was counted over. */
const valueSchema = z
  .object({
    /** The value as the page prints it: `388 fewer fractures (95% CI 277 to 489)`. */
    text: z.string().min(1),
    number: z.number().optional(),
    /** `per 10,000 women`. */
    unit: z.string().min(3).optional(),
    /** `over 7.2 years`. */
    timeFrame: z.string().min(3).optional(),
  })
  .strict();

/** Where the claim was read: a references.bib key and the place in that work. */
const sourceSchema = z
  .object({
    key: z.string().min(1),
    /** `Abstract (Results)`, `Table 2`, `p. 1750`. */
    locator: z.string().min(2).optional(),
    /** True when the number was read in a secondary source (a review's table), not the cited work itself. */
    secondary: z.boolean().default(false),
    note: z.string().min(10).optional(),
  })
  .strict()
  .refine((s) => !s.secondary || s.note !== undefined, { message: 'A number from a secondary source needs a `note` naming where it was read.', path: ['note'] });

/** How sure we are, in GRADE wording, and why. */
const certaintySchema = z
  .object({
    level: z.enum(CERTAINTY_LEVELS),
    reasons: z.array(z.string().min(10, 'Say why, in a sentence.')).default([]),
  })
  .strict();

/**
 * One claim record (an entry of `claims:` in content/claims/*.yaml). Benefits
 * and harms are numbers about an intervention: they need intervention,
 * outcome, population, a value with unit and time frame, a locator and the
 * reasons for their certainty; a benefit names its paired harms. Statements
 * (mechanisms, "no trial exists", guideline positions) need only the text,
 * the source and the level.
 */
export const claimSchema = z
  .object({
    id: z.string().regex(CLAIM_ID_PATTERN, 'A claim id is lower-case words joined by hyphens, e.g. `ht-ea-fractures-uspstf`; it is permanent once published.'),
    kind: z.enum(CLAIM_KINDS),
    /** The claim in one sentence, as a reader would say it. */
    statement: z.string().min(10),
    intervention: z.string().min(2).optional(),
    outcome: z.string().min(2).optional(),
    population: z.string().min(2).optional(),
    value: valueSchema.optional(),
    /** Optional only for a statement that no study exists ("insufficient"), which may have nothing to cite. */
    source: sourceSchema.optional(),
    certainty: certaintySchema,
    /** Harm claims from the same source, units and time frame that every section citing this benefit must cite too. */
    pairedHarms: z.array(z.string()).default([]),
    /**
     * Trial records (content/trials/<id>.yaml) whose participants the claim counts, e.g. `[whi-ea-2006]`.
     * A section that shows one of these trials' fracture benefit through a component must cite every harm
     * claim naming it, or, for a treatment other than hormone therapy with no harm recorded in numbers, every
     * statement naming it (what the source says of its harms); see trialBenefitHarmProblems in claim-checks.ts.
     */
    trials: z.array(z.string().min(1)).default([]),
    /**
     * `<question>#<outcome-id>`: the evidence-profile row (content/evidence/<question>.yaml, outcome `id`) this
     * claim states, when its intervention, comparator, population, outcome and source are that row's. Checked at
     * build (src/lib/claims/profile-row-check.ts): the row exists, `certainty.level` is the row's GRADE rating, and a
     * `value.number` is the row's number named by `value.unit` (a ratio: the relative effect, to two decimals;
     * "per 1,000 …": the difference per 1000, to the whole person; "percent …": that difference in percentage
     * points). A claim quoting another synthesis (e.g. USPSTF per 10,000) keeps its own source and has no profileRow.
     */
    profileRow: z.string().regex(/^[a-z0-9-]+#.+$/, 'Write `<question>#<outcome-id>`: a file name of content/evidence/ and the `id` of one of its outcomes, e.g. `hormone-therapy-fractures#any-fracture`.').optional(),
  })
  .strict()
  .superRefine((claim, ctx) => {
    if (!claim.source && !(claim.kind === 'statement' && claim.certainty.level === 'insufficient')) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'A claim names its `source` (a references.bib key and a locator); only a statement graded "insufficient" (no study exists) may have none.' });
    }
    const need = (present: boolean, path: (string | number)[], message: string) => {
      if (!present) ctx.addIssue({ code: 'custom', path, message });
    };
    if (claim.kind === 'statement') {
      // Every claim says where it was read and why it has its level (all 213 did by Dec 2026; keep it so).
      need(claim.source === undefined || claim.source.locator !== undefined, ['source', 'locator'], 'A statement says where in its source it was read in `source.locator` (e.g. "Abstract (Conclusions)", "Table 2").');
      need(claim.certainty.reasons.length > 0, ['certainty', 'reasons'], `A statement says why its certainty is "${claim.certainty.level}" in \`certainty.reasons\` (e.g. "Mouse knockout studies only; no evidence in people.").`);
      return;
    }
    const what = `A ${claim.kind}`;
    need(claim.intervention !== undefined, ['intervention'], `${what} names its \`intervention\` (e.g. "estrogen alone vs placebo").`);
    need(claim.outcome !== undefined, ['outcome'], `${what} names its \`outcome\` (e.g. "any fracture").`);
    need(claim.population !== undefined, ['population'], `${what} names its \`population\` (e.g. "postmenopausal women after hysterectomy").`);
    need(claim.value !== undefined, ['value'], `${what} is a number: add \`value\` with text, unit and timeFrame.`);
    need(claim.value === undefined || claim.value.unit !== undefined, ['value', 'unit'], `${what} states its \`value.unit\` (e.g. "per 10,000 women").`);
    need(claim.value === undefined || claim.value.timeFrame !== undefined, ['value', 'timeFrame'], `${what} states its \`value.timeFrame\` (e.g. "over 7.2 years").`);
    need(claim.source?.locator !== undefined, ['source', 'locator'], `${what} is a number: say where it was read in \`source.locator\` (e.g. "Abstract (Results)").`);
    need(claim.certainty.reasons.length > 0, ['certainty', 'reasons'], `${what} says why its certainty is "${claim.certainty.level}" in \`certainty.reasons\`.`);
    if (claim.kind === 'benefit') {
      need(claim.pairedHarms.length > 0, ['pairedHarms'], 'A benefit of a treatment names the harm claims from the same source in `pairedHarms`, so every section that states the benefit states them too.');
    } else {
      need(claim.pairedHarms.length === 0, ['pairedHarms'], 'Only a benefit has `pairedHarms`.');
    }
  });

export type Claim = z.infer<typeof claimSchema>;

/** A claims file: `claims:` followed by the records. */
export const claimsFileSchema = z.object({ claims: z.array(z.unknown()).min(1, 'A claims file lists at least one claim.') }).strict();
