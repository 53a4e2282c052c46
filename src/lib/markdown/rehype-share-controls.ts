import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseRecords } from './parse-record';

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
 */
export function rehypeShareControls() {
  return (tree: Root, file: VFile) => {
    const match = /articles[\\/]([^\\/]+)[\\/](fundamentals|intermediate|academic)\.mdx$/.exec(file.path ?? '');
    if (!match) return;
    const [, topic, level] = match;
    const plainIds = level === 'fundamentals' ? new Set<string>() : fundamentalsIds(path.dirname(file.path));
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
      const control = el('details', { className: ['share'] }, [el('summary', {}, [text('Share'), el('span', { className: ['visually-hidden'] }, [text(' this section')])]), el('ul', {}, items)]);
      const headingIndex = section.children.findIndex((c) => c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('section-heading'));
      section.children.splice(headingIndex + 1, 0, control);
    });
  };
}
