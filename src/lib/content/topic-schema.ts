import { z } from 'astro/zod';
import { TOPIC_GROUPS } from './topic-groups';

/** The message for a missing or unknown `group`: what was found, the allowed values and what each means. */
export function topicGroupMessage(input: unknown): string {
  const found = input === undefined ? 'The topic has no `group`.' : `\`group: ${String(input)}\` is not a known group.`;
  return `${found} \`group\` must be one of: ${TOPIC_GROUPS.join(', ')} (the question a reader brings: find out my risk, prevent bone loss, treat osteoporosis, special situations, understand bone and hormones).`;
}

/** A topic's landing page: what it covers, which reader's question it answers, and in which order it is listed. */
export const topicSchema = z.object({
  title: z.string().min(3),
  /** Short introduction shown on /topics/<topic>/ and on the home page. */
  intro: z.string().min(40),
  /** The reader's question this topic answers; hubs list topics under these groups (src/lib/content/topic-groups.ts). */
  group: z.enum(TOPIC_GROUPS, { error: (issue) => topicGroupMessage(issue.input) }),
  /** Listing order on hubs (ascending). */
  order: z.number().int().nonnegative(),
  /** Short code used in short links (issue: /s/<topic-code>-<section-code>). */
  code: z.string().regex(/^[a-z]{2,4}$/, 'A topic code is 2–4 lower-case letters.'),
  /** Other topics to read next, by id (content/topics/<id>.yaml); listed at the end of each of this topic's pages. */
  related: z.array(z.string()).default([]),
});
