import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { throwIfProblems, type ContentProblem } from '../content-error';
import { pluginFrontmatter, sourcePath } from './source-path';

/** A section of an article, as listed in its table of contents. */
export interface SectionEntry {
  id: string;
  /** 2 for h2, 3 for h3. */
  depth: number;
  /** Heading text without the id marker. */
  title: string;
  /** 1-based source line of the heading. */
  line: number;
}

/** Trailing `[#section-id]` marker an author writes at the end of a heading. */
const ID_MARKER = /\s*\[#([^\]]*)\]\s*$/;
/** Lower-case words joined by single hyphens: `ultra-low-dose`, `rankl-opg`. */
export const SECTION_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Ids the page itself uses for its own landmarks. */
const RESERVED_IDS = new Set(['main', 'contents', 'references', 'top', 'disclaimer', 'content', 'changes']);

function plainText(node: Heading): string {
  let text = '';
  visit(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'inlineMath') text += (child as Text).value;
  });
  return text.replace(ID_MARKER, '').trim();
}

/**
 * Remark plugin: every h2 and h3 must end with an author-written id marker,
 * `## Ultra-low dose [#ultra-low-dose]`. The marker is removed from the text
 * and becomes the heading's `id`, so rewording a heading never changes its
 * address. Missing, malformed, reserved or duplicate ids fail the build with
 * the file and line. The section list is exposed to pages as
 * `remarkPluginFrontmatter.sections`.
 */
export function remarkSectionIds() {
  return (tree: Root, file: VFile) => {
    const problems: ContentProblem[] = [];
    const sections: SectionEntry[] = [];
    const seen = new Map<string, number>();
    const fileName = sourcePath(file);
    visit(tree, 'heading', (node: Heading) => {
      const line = node.position?.start.line ?? 0;
      if (node.depth === 1) {
        problems.push({
          file: fileName,
          line,
          message: 'Articles must not contain a level-1 heading (`# …`); the page title comes from the frontmatter `title`.',
          hint: 'Use `##` for top-level sections.',
        });
        return;
      }
      const last = node.children.at(-1);
      const match = last?.type === 'text' ? ID_MARKER.exec(last.value) : null;
      const title = plainText(node);
      if (!match) {
        if (node.depth <= 3) {
          problems.push({
            file: fileName,
            line,
            message: `Heading "${title}" has no section id.`,
            hint: `End the heading with a permanent id, e.g. \`${'#'.repeat(node.depth)} ${title} [#${suggestId(title)}]\`. Reuse the id of the same section at the other depths.`,
          });
        }
        return;
      }
      const id = match[1]!.trim();
      if (!SECTION_ID_PATTERN.test(id)) {
        problems.push({
          file: fileName,
          line,
          message: `Section id \`${id}\` on heading "${title}" is not a valid id.`,
          hint: `Use lower-case words joined by hyphens, e.g. \`[#${suggestId(title)}]\`.`,
        });
        return;
      }
      if (RESERVED_IDS.has(id)) {
        problems.push({
          file: fileName,
          line,
          message: `Section id \`${id}\` is reserved for the page layout.`,
          hint: 'Choose a more specific id for this section.',
        });
        return;
      }
      const firstLine = seen.get(id);
      if (firstLine !== undefined) {
        problems.push({
          file: fileName,
          line,
          message: `Duplicate section id \`${id}\` (already used on line ${firstLine}).`,
          hint: 'Every section on a page needs its own id; rename one of them.',
        });
        return;
      }
      seen.set(id, line);
      const marker = last as Text;
      marker.value = marker.value.replace(ID_MARKER, '');
      if (marker.value === '') node.children.pop();
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      if (node.depth <= 3) sections.push({ id, depth: node.depth, title, line });
    });
    throwIfProblems(problems);
    pluginFrontmatter(file).sections = sections;
  };
}

/** A suggested id for a heading, for error hints only (ids are never derived silently). */
export function suggestId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 4)
    .join('-');
  return /^[a-z]/.test(slug) ? slug : `section-${slug || 'id'}`;
}
