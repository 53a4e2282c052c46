import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { LEVEL_LABELS, LEVELS, type Level } from '../content/levels';
import type { DepthGap } from '../depth/schema';
import { loadSiteData } from '../site-data';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * The note under a declared-gap section's heading: which depths have no such
 * section, and a link to the section each of them names instead (content/depth-gaps.yaml).
 */
export function depthGapNote(topic: string, gap: DepthGap): Element {
  const levels = LEVELS.filter((level) => gap.goTo[level]);
  const links: ElementContent[] = [];
  levels.forEach((level, i) => {
    if (i > 0) links.push(text(i === levels.length - 1 ? ' or ' : ', '));
    links.push(el('a', { href: `/topics/${topic}/${level}/#${gap.goTo[level]}`, dataDepthGapLink: level }, [text(`the closest section at ${LEVEL_LABELS[level]}`)]));
  });
  const labels = levels.map((level: Level) => LEVEL_LABELS[level]);
  const lead = labels.length === 1 ? `The ${labels[0]} page has no section` : `Neither the ${labels.join(' nor the ')} page has a section`;
  return el('p', { className: ['depth-gap-note'], dataDepthGap: gap.id }, [
    text(`${lead} like this one. Go to `),
    ...links,
    text('.'),
  ]);
}

/**
 * Rehype plugin, after rehypeSections: under the heading of each section that
 * content/depth-gaps.yaml declares missing at other depths, a note linking to
 * the section declared for each of those depths. It is part of the page, so
 * it works without JavaScript; the level switcher's script uses the same
 * declarations when the reader switches depth from that section.
 */
export function rehypeDepthGapNotes(options: { gaps?: () => readonly DepthGap[] } = {}) {
  const gapsOf = options.gaps ?? (() => loadSiteData().depthGaps);
  return (tree: Root, file: VFile) => {
    const match = /articles[\\/]([^\\/]+)[\\/](fundamentals|intermediate|academic)\.mdx$/.exec(file.path ?? '');
    if (!match) return;
    const topic = match[1]!;
    const gaps = new Map(gapsOf().filter((gap) => gap.topic === topic).map((gap) => [gap.id, gap]));
    if (gaps.size === 0) return;
    visit(tree, 'element', (section: Element) => {
      if (section.tagName !== 'section' || !(section.properties.className as string[] | undefined)?.includes('doc-section')) return;
      const gap = gaps.get(String(section.properties.dataSection ?? ''));
      if (!gap) return;
      const headingIndex = section.children.findIndex((c) => c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('section-heading'));
      section.children.splice(headingIndex + 1, 0, depthGapNote(topic, gap));
    });
  };
}
