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
  })
  .refine((a) => a.nextReviewDue > a.lastReviewed, {
    message: '`nextReviewDue` must be after `lastReviewed`.',
    path: ['nextReviewDue'],
  });

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
