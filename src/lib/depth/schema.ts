import { z } from 'astro/zod';

const sectionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A section id is lower-case words joined by hyphens, as in `[#dose-tiers]`.');

/**
 * Where a reader switching to a depth that lacks the section should land:
 * a section id at that depth, one entry per missing depth.
 */
const goToSchema = z
  .object({ fundamentals: sectionId.optional(), intermediate: sectionId.optional(), academic: sectionId.optional() })
  .strict()
  .refine((goTo) => Object.keys(goTo).length > 0, 'Name, for each depth that lacks the section, the section a reader should land on there.');

/** One declared depth gap: a section id that a topic has at some depths and, on purpose, not at others. */
export const depthGapSchema = z
  .object({
    topic: z.string().min(1),
    id: sectionId,
    reason: z.string().min(20, 'Say in a sentence why this depth has no such section.'),
    goTo: goToSchema,
  })
  .strict();

/** content/depth-gaps.yaml: every intended depth gap. */
export const depthGapsSchema = z.object({ gaps: z.array(depthGapSchema) }).strict();

export type DepthGap = z.infer<typeof depthGapSchema>;
