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
    /** Date by which the content must be reviewed again. */
    nextReviewDue: z.coerce.date(),
    /** Who reviewed the page (editorial role), shown with the dates. */
    reviewedBy: z.string().default('Strata editorial team'),
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
  });

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
