import { z } from 'astro/zod';

/**
 * Frontmatter of an article (one topic at one depth). Strict about what
 * readers rely on (dates, summary); the topic and level come from the path.
 */
export const articleSchema = z
  .object({
    title: z.string().min(3),
    /** One paragraph shown on hubs, in search results and as the meta description. */
    summary: z.string().min(40, 'The summary should be a full paragraph (at least 40 characters).').max(600),
    /** Date the content was last checked against the evidence. */
    lastReviewed: z.coerce.date(),
    /**
     * Date of the last literature search for this page: evidence published
     * after it is not yet considered. Shown beside the review dates.
     */
    evidenceSearchedUpTo: z.coerce.date({ error: 'Add `evidenceSearchedUpTo: YYYY-MM-DD`, the date of the last literature check for this page (see content/README.md, "Dates and change log").' }),
    /** Date by which the content must be reviewed again. */
    nextReviewDue: z.coerce.date(),
    /** Who reviewed the page (editorial role), shown with the dates. */
    reviewedBy: z.string().default('Strata editorial team'),
    /**
     * What changed on this page and when, newest first: one entry per change a
     * reader would care about (not typo fixes). Shown at the foot of the page.
     */
    changes: z
      .array(
        z.object({
          date: z.coerce.date(),
          summary: z.string().min(10, 'Say in a sentence what changed for the reader.').max(300),
        }).strict(),
      )
      .min(1, 'List at least the date the page was first published, e.g. `- { date: 2026-11-21, summary: First published. }`.'),
    /** Short list of what the reader will take away, shown at the top. */
    keyPoints: z.array(z.string()).max(6).default([]),
    /**
     * Questions to ask a clinician about one section, keyed by section id
     * (`questions: { whi-fractures: [ … ] }`). A section's print view shows
     * its own questions, or else the page's `## … [#questions]` list. A key
     * that names no section of the page fails the build
     * (src/lib/content/section-questions.ts).
     */
    questions: z.record(z.string(), z.array(z.string().min(10)).min(1).max(6)).default({}),
    /**
     * Fundamentals pages: "What you can do now", concrete steps and whom to
     * ask. Shown at the end of the page and on its print views.
     */
    nextSteps: z.array(z.string().min(10)).max(6).default([]),
  })
  .refine((a) => a.nextReviewDue > a.lastReviewed, {
    message: '`nextReviewDue` must be after `lastReviewed`.',
    path: ['nextReviewDue'],
  })
  .refine((a) => a.evidenceSearchedUpTo <= a.lastReviewed, {
    message: '`evidenceSearchedUpTo` is after `lastReviewed`: a newer literature search is a review, so move `lastReviewed` to that date too.',
    path: ['evidenceSearchedUpTo'],
  })
  .refine((a) => a.changes.every((change, i) => i === 0 || change.date <= a.changes[i - 1]!.date), {
    message: '`changes` must be listed newest first.',
    path: ['changes'],
  });

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
