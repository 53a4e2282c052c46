import { z } from 'astro/zod';

/** A topic's landing page: what it covers and in which order it is listed. */
export const topicSchema = z.object({
  title: z.string().min(3),
  /** Short introduction shown on /topics/<topic>/ and on the home page. */
  intro: z.string().min(40),
  /** Listing order on hubs (ascending). */
  order: z.number().int().nonnegative(),
  /** Short code used in short links (issue: /s/<topic-code>-<section-code>). */
  code: z.string().regex(/^[a-z]{2,4}$/, 'A topic code is 2–4 lower-case letters.'),
});
