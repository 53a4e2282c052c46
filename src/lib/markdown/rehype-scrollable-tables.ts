import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Rehype plugin: wraps every Markdown table in a sideways-scrolling region,
 * so a wide table scrolls inside itself instead of making the whole page
 * scroll on a 320 px screen (WCAG 1.4.10 Reflow). The region is
 * keyboard-focusable and named after the table's caption or first header
 * cell (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const parentClasses = 'properties' in parent ? parent.properties?.className : undefined;
      if (Array.isArray(parentClasses) && parentClasses.includes('table-scroll')) return SKIP;
      const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
      const name = caption ? textOf(caption).trim() : firstHeader(node);
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: name ? `Table: ${name}` : 'Table' },
        children: [node as ElementContent],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

/** Text content of a hast node. */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}

function firstHeader(table: Element): string {
  let text = '';
  visit(table, 'element', (cell: Element) => {
    if (text || cell.tagName !== 'th') return;
    text = textOf(cell).trim();
  });
  return text;
}
