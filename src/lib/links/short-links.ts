import { LEVEL_LABELS, LEVELS, type Level } from '../content/levels';

export interface ShortLink {
  /** `/s/<topic-code>/`, `/s/<topic-code>-<section-id>/` or `/s/<topic-code>/<f|i|a>/<section-id>/`. */
  path: string;
  target: string;
  title: string;
}

/** The letter a depth-specific short link uses for each depth. */
export const LEVEL_INITIALS: Record<Level, string> = { fundamentals: 'f', intermediate: 'i', academic: 'a' };

/** Fragment prefix of the arrival box before each section (`#shared-<id>`), which a depth-specific short link lands on. */
export const ARRIVAL_PREFIX = 'shared-';

/**
 * The depth-specific short link of one section: `/s/<code>/<f|i|a>/<section-id>/`.
 * The slash keeps it apart from the older `/s/<code>-<section-id>/` form, whose
 * ids are hyphenated words and so could end in `-a`.
 */
export function sectionShortPath(code: string, level: Level, sectionId: string): string {
  return `/s/${code}/${LEVEL_INITIALS[level]}/${sectionId}/`;
}

/**
 * Short links a clinician can read out or write down:
 * - `/s/ed/` for a topic;
 * - `/s/ed-ultra-low-dose/` for a section, pointing at the plainest depth that
 *   has it (Fundamentals first, since links are usually for patients);
 * - `/s/ed/a/ultra-low-dose/` for a section at one depth (what the share
 *   button, the print view and its QR code give out), landing on that depth at
 *   the section's arrival box (`#shared-<id>`: topic, depth, disclaimer and a
 *   way to the top of the page, shown only to readers who came by the link).
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
    for (const level of LEVELS) {
      for (const section of topic.sections[level] ?? []) {
        links.push({
          path: sectionShortPath(topic.code, level, section.id),
          target: `/topics/${topic.slug}/${level}/#${ARRIVAL_PREFIX}${section.id}`,
          title: `${topic.title} (${LEVEL_LABELS[level]}): ${section.title}`,
        });
      }
    }
  }
  return links;
}
