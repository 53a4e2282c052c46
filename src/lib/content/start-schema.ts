import { z } from 'astro/zod';
import { articleSchema } from './article-schema';

/**
 * Frontmatter of a start page (content/start/<slug>.mdx, published at
 * /start/<slug>/): a question readers arrive with, answered in plain
 * language. The article fields and checks apply (dates, change log,
 * readability, citations, claims with their paired harms, safety lines);
 * start pages exist at Fundamentals depth only, and say so.
 */
export const startSchema = articleSchema.safeExtend({
  /** Start pages are written at one depth only: Fundamentals. */
  depth: z.literal('fundamentals', { error: 'Start pages are written at Fundamentals depth only: set `depth: fundamentals`.' }),
  /** Listing order on the home page and /start/ (ascending). */
  order: z.number().int().nonnegative(),
  /** Topics this page leads into, by id (content/topics/<id>.yaml), listed at its end as "Read more". */
  related: z.array(z.string()).min(1, 'Name at least one topic to read next.'),
});

export type StartFrontmatter = z.infer<typeof startSchema>;
