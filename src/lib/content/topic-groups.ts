/**
 * The questions readers arrive with. Every topic belongs to one group
 * (`group:` in content/topics/<topic>.yaml); the home page, the depth hubs
 * and /topics/ list topics under these headings, in this order: the
 * patient's path first (what is my risk, how do I prevent loss, how is it
 * treated), then special situations, then the background science.
 */
export const TOPIC_GROUPS = ['risk', 'prevent', 'treat', 'special', 'understand'] as const;

export type TopicGroup = (typeof TOPIC_GROUPS)[number];

/** Heading, one-line plain description and permanent section id of each group. */
export const TOPIC_GROUP_INFO: Record<TopicGroup, { title: string; description: string; id: string }> = {
  risk: { id: 'find-out-my-risk', title: 'Find out my risk', description: 'Bone density scans, T-scores and your chance of breaking a bone.' },
  prevent: { id: 'prevent-bone-loss', title: 'Prevent bone loss', description: 'What can slow bone loss after menopause, and what the studies found.' },
  treat: { id: 'treat-osteoporosis', title: 'Treat osteoporosis', description: 'Medicines for weak bones: what each does, how well it works and its risks.' },
  special: { id: 'special-situations', title: 'Special situations', description: 'Steroid medicines, cancer treatments and other causes of bone loss.' },
  understand: { id: 'understand-bone-and-hormones', title: 'Understand bone and hormones', description: 'How hormones build and break down bone, for readers who want the science.' },
};

/**
 * Items under their topic group, in TOPIC_GROUPS order. Every group is
 * returned, empty ones too, so its heading (and permanent id) stays put
 * while its topics are still being written; pages say so in place of a list.
 */
export function groupByTopicGroup<T>(items: readonly T[], groupOf: (item: T) => TopicGroup): Array<{ group: TopicGroup; items: T[] }> {
  return TOPIC_GROUPS.map((group) => ({ group, items: items.filter((item) => groupOf(item) === group) }));
}
