import { z } from 'astro/zod';

/** One glossary term (content/glossary/<id>.yaml). */
export const glossarySchema = z
  .object({
    term: z.string().min(2),
    /** Plain-language definition, one or two sentences (US grade 8). */
    definition: z.string().min(10).max(400),
    /** Other spellings or forms readers may search for. */
    aliases: z.array(z.string()).default([]),
    /** Pages to read more on: topic ids or `start/<slug>` (checked at build start, src/lib/content/load-topics.ts). */
    related: z.array(z.string()).default([]),
  })
  .strict();
