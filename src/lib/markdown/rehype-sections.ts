import type { Element, ElementContent, Root, RootContent } from 'hast';

const HEADINGS: Record<string, number> = { h2: 2, h3: 3 };

/** A heading's text as a screen reader hears it: what is hidden from assistive technology (KaTeX's visual copy of a formula beside its MathML) is left out. */
function headingText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return String(node.properties.ariaHidden) === 'true' ? '' : node.children.map(headingText).join('');
  return '';
}

/** The copy-link control placed after each section heading. */
function sectionLink(id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: ['section-link'], dataCopyLink: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Copy link to section: ${title}` }] },
    ],
  };
}

/**
 * Rehype plugin: wraps each h2 (and each h3 inside it) with the content that
 * follows into a `<section class="doc-section" data-section="id">`, and puts a
 * copy-link control beside every heading that has an id. Sections make
 * `:target` highlighting, per-section printing and section sharing possible
 * without JavaScript.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let h2Section: Element | null = null;
    let h3Section: Element | null = null;
    for (const node of tree.children) {
      const depth = node.type === 'element' ? HEADINGS[node.tagName] : undefined;
      if (node.type === 'element' && depth) {
        const id = String(node.properties.id ?? '');
        const title = node.children.map(headingText).join('').trim();
        const row: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['section-heading'] },
          children: id ? [node, sectionLink(id, title)] : [node],
        };
        const section: Element = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['doc-section', `doc-section-${depth}`], dataSection: id },
          children: [row],
        };
        if (depth === 3 && h2Section) section.properties.dataParentSection = String(h2Section.properties.dataSection ?? '');
        if (depth === 2 || !h2Section) {
          out.push(section);
          h2Section = section;
          h3Section = depth === 3 ? section : null;
        } else {
          h2Section.children.push(section);
          h3Section = section;
        }
        continue;
      }
      const target = h3Section ?? h2Section;
      if (target) target.children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
  };
}
