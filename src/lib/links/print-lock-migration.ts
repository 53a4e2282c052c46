import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { contentDir } from '../content-dir';
import { blankFrontmatter } from '../markdown/mdx-syntax-check';
import { remarkSectionIds, type SectionEntry } from '../markdown/remark-section-ids';
import type { AnchorLock } from './anchors';

/**
 * One-time migration of content/anchors.lock.json for print views that print
 * only their own section (issue 11). Before it, every `/print/<topic>/<level>/<section>/`
 * page contained the whole article, hidden by CSS, so the lock recorded every
 * section id of the article (and `references`) for each print page. Now a
 * print page publishes only its section and the subsections nested in it;
 * the migration drops the other ids from each print page's entry and changes
 * nothing else. Run it with `npm run anchors:migrate-print`; it is idempotent.
 */

const PRINT_PAGE = /^\/print\/([^/]+)\/([^/]+)\/([^/]+)\/$/;

/** A section and the h3 sections nested in it (an h3 has none): the ids its print view publishes. */
export function printedIds(sections: Array<Pick<SectionEntry, 'id' | 'depth'>>, sectionId: string): string[] {
  const at = sections.findIndex((s) => s.id === sectionId);
  if (at < 0) return [sectionId];
  const ids = [sectionId];
  for (const s of sections.slice(at + 1)) {
    if (s.depth <= sections[at]!.depth) break;
    ids.push(s.id);
  }
  return ids;
}

/**
 * The lock with each print page's ids cut down to those its print view still
 * publishes. `sectionsOf(topic, level)` gives the article's sections in order
 * (undefined if there is no such article: its print pages then keep only
 * their own id). Ids are only ever removed, never added.
 */
export function migratePrintLock(lock: AnchorLock, sectionsOf: (topic: string, level: string) => Array<Pick<SectionEntry, 'id' | 'depth'>> | undefined): AnchorLock {
  const pages: Record<string, string[]> = {};
  for (const [page, ids] of Object.entries(lock.pages)) {
    const print = PRINT_PAGE.exec(page);
    if (!print) {
      pages[page] = ids;
      continue;
    }
    const [, topic, level, sectionId] = print as unknown as [string, string, string, string];
    const keep = new Set(printedIds(sectionsOf(topic, level) ?? [], sectionId));
    pages[page] = ids.filter((id) => keep.has(id));
  }
  return { ...lock, pages };
}

/**
 * An article's sections (id and depth, in order) from its MDX, read with the
 * site's own section-id plugin; undefined if the file does not exist.
 */
export function articleSections(root: string, topic: string, level: string): SectionEntry[] | undefined {
  const file = path.join(contentDir(root), 'articles', topic, `${level}.mdx`);
  if (!existsSync(file)) return undefined;
  const vfile = new VFile({ path: file, value: blankFrontmatter(readFileSync(file, 'utf8')) });
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkMdx).use(remarkSectionIds);
  processor.runSync(processor.parse(vfile), vfile);
  return (vfile.data as { astro?: { frontmatter?: { sections?: SectionEntry[] } } }).astro?.frontmatter?.sections ?? [];
}
