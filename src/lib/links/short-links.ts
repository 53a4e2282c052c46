import { LEVELS, type Level } from '../content/levels';

export interface ShortLink {
  /** `/s/<topic-code>-<section-id>/` or `/s/<topic-code>/`. */
  path: string;
  target: string;
  title: string;
}

/**
 * Short links a clinician can read out or write down: `/s/ed/` for a topic and
 * `/s/ed-ultra-low-dose/` for a section, pointing at the plainest depth that
 * has the section (Fundamentals first, since links are usually for patients).
 * Built from the topic codes and section ids, which the anchor lock keeps stable.
 */
export function shortLinks(topics: Array<{ slug: string; code: string; title: string; sections: Partial<Record<Level, Array<{ id: string; title: string }>>> }>): ShortLink[] {
  const links: ShortLink[] = [];
  for (const topic of topics) {
    links.push({ path: `/s/${topic.code}/`, target: `/topics/${topic.slug}/`, title: topic.title });
    const seen = new Set<string>();
    for (const level of LEVELS) {
      for (const section of topic.sections[level] ?? []) {
        if (seen.has(section.id)) continue;
        seen.add(section.id);
        links.push({ path: `/s/${topic.code}-${section.id}/`, target: `/topics/${topic.slug}/${level}/#${section.id}`, title: `${topic.title}: ${section.title}` });
      }
    }
  }
  return links;
}
