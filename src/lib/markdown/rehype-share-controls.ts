import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { LEVEL_LABELS, type Level } from '../content/levels';
import { ARRIVAL_PREFIX, sectionShortPath } from '../links/short-links';
import { parseRecords } from './parse-record';
import { pluginFrontmatter } from './source-path';

/**
 * Section ids of a topic's Fundamentals page, from that file's parse record.
 * The build compiles a topic's Fundamentals file before its other depths
 * (the `strata-parse-record-checks` Vite plugin, src/lib/content/parse-record-checks.ts, and
 * compileArticles for scripts), so the record exists when this runs.
 */
function fundamentalsIds(articleDir: string): Set<string> {
  const file = path.resolve(articleDir, 'fundamentals.mdx');
  if (!existsSync(file)) return new Set();
  const record = parseRecords().get(file);
  if (!record) throw new Error(`Share controls need the parse record of ${file}: compile the Fundamentals page of a topic before its other depths.`);
  return new Set(record.sections.map((section) => section.id));
}

/** A topic's title and short-link code, from `content/topics/<topic>.yaml` (validated by the topics collection). */
function topicInfo(articleDir: string, topic: string): { title: string; code: string } | undefined {
  const file = path.resolve(articleDir, '../../topics', `${topic}.yaml`);
  // A topic without its record already fails the build (src/lib/content/articles.ts, topicRecord); scratch copies in tests may lack it.
  if (!existsSync(file)) return undefined;
  const data = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as { title?: string; code?: string };
  return data.code && data.title ? { title: data.title, code: data.code } : undefined;
}

/** The short disclaimer an arriving reader sees at the section (the full one is at the top of the page). */
export const ARRIVAL_DISCLAIMER = 'Health information, not medical advice: talk with a clinician who knows you before deciding anything.';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Rehype plugin, after rehypeSections: under each article section heading, a
 * share control (a <details>, so it works without JavaScript) for clinicians
 * handing a section to a patient: copy this section's link; copy the link to
 * the same section in plain language (Fundamentals, or its nearest enclosing
 * section there); a QR code of this section's address for printed notes
 * (an SVG generated at build time, loaded only when the control is opened);
 * and a print view of just this section.
 *
 * Above the control, a "Share this section" button (hidden until the script
 * in src/scripts/share-button.ts takes it over) beside the section's
 * depth-specific short link as text, so that without JavaScript the reader
 * still sees the link to copy.
 *
 * Before each section, an arrival box (`#shared-<id>`) that depth-specific
 * short links land on: topic, depth, a short disclaimer and a link to the top
 * of the page. CSS shows it only while it is the `:target`, so readers who
 * scroll the page never see it and nothing moves (no JavaScript involved).
 */
export function rehypeShareControls() {
  return (tree: Root, file: VFile) => {
    const match = /articles[\\/]([^\\/]+)[\\/](fundamentals|intermediate|academic)\.mdx$/.exec(file.path ?? '');
    if (!match) return;
    const [, topic, level] = match;
    const plainIds = level === 'fundamentals' ? new Set<string>() : fundamentalsIds(path.dirname(file.path));
    const info = topicInfo(path.dirname(file.path), topic!);
    const pagePath = `/topics/${topic}/${level}/`;
    const arrivals: Array<{ section: Element; box: Element }> = [];
    const titles = new Map(((pluginFrontmatter(file).sections ?? []) as Array<{ id: string; title: string }>).map((s) => [s.id, s.title]));
    visit(tree, 'element', (section: Element) => {
      if (section.tagName !== 'section' || !(section.properties.className as string[] | undefined)?.includes('doc-section')) return;
      const id = String(section.properties.dataSection ?? '');
      if (!id) return;
      const parentId = String(section.properties.dataParentSection ?? '');
      const plainTarget = plainIds.has(id) ? `#${id}` : parentId && plainIds.has(parentId) ? `#${parentId}` : '';
      const plainHref = `/topics/${topic}/fundamentals/${plainTarget}`;
      const items: ElementContent[] = [
        el('li', {}, [el('a', { href: `#${id}`, dataCopyLink: '' }, [text('Copy link to this section')])]),
      ];
      if (level !== 'fundamentals') {
        items.push(el('li', {}, [el('a', { href: plainHref, dataCopyLink: '' }, [text(plainTarget === `#${id}` ? 'Copy link to the plain-language version of this section' : 'Copy link to the plain-language page (closest section)')])]));
      }
      items.push(el('li', {}, [el('a', { href: `/print/${topic}/${level}/${id}/` }, [text('Print this section')])]));
      items.push(
        el('li', { className: ['share-qr'] }, [
          el('img', { src: `/qr/${topic}/${level}/${id}.svg`, alt: 'QR code of the link to this section, for printed notes', width: 132, height: 132, loading: 'lazy' }, []),
        ]),
      );
      const control = el('details', { className: ['share'] }, [el('summary', {}, [text('More ways to share'), el('span', { className: ['visually-hidden'] }, [text(' this section')])]), el('ul', {}, items)]);
      const headingIndex = section.children.findIndex((c) => c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('section-heading'));
      if (!info) {
        section.children.splice(headingIndex + 1, 0, control);
        return;
      }
      const short = sectionShortPath(info.code, level as Level, id);
      const bar = el('div', { className: ['share-bar'], dataShare: '', dataPagefindIgnore: '' }, [
        el('span', { className: ['share-short'] }, [text('Short link: '), el('a', { href: short, dataShareLink: '' }, [text(short)])]),
        el('button', { type: 'button', className: ['share-button'], dataShareButton: '', hidden: true }, [text('Share this section')]),
        el('span', { className: ['share-status'], role: 'status', ariaLive: 'polite' }, []),
      ]);
      section.children.splice(headingIndex + 1, 0, bar, control);
      const title = titles.get(id);
      arrivals.push({
        section,
        box: el('div', { id: `${ARRIVAL_PREFIX}${id}`, className: ['arrival'], dataPagefindIgnore: '' }, [
          el('p', {}, [el('strong', {}, [text(info.title)]), text(` · ${LEVEL_LABELS[level as Level]}`), ...(typeof title === 'string' ? [text(` · ${title}`)] : [])]),
          el('p', {}, [text(ARRIVAL_DISCLAIMER)]),
          el('p', {}, [el('a', { href: pagePath }, [text('Read the whole page from the top')])]),
        ]),
      });
    });
    // After the walk, so the boxes are not visited as sections: each goes right before its section.
    const boxes = new Map(arrivals.map((a) => [a.section, a.box]));
    const insert = (parent: Element | Root) => {
      const children = parent.children as ElementContent[];
      for (let i = children.length - 1; i >= 0; i--) {
        const box = boxes.get(children[i] as Element);
        if (box) children.splice(i, 0, box);
      }
    };
    insert(tree);
    visit(tree, 'element', (parent: Element) => insert(parent));
  };
}
