import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin: links in articles that leave the site get
 * rel="noopener noreferrer", a class for the visual marker and a hidden
 * "(external site)" for screen readers.
 */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !/^https?:\/\//.test(node.properties.href)) return;
      node.properties.rel = ['noopener', 'noreferrer'];
      node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'external'];
      node.children.push({ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' (external site)' }] });
    });
  };
}
