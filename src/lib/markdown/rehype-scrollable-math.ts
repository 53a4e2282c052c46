import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin, after rehype-katex: display formulas scroll sideways when
 * wider than the screen (down to 320 px), so each is made keyboard-focusable
 * and named, letting keyboard users scroll it (WCAG 2.1.1; axe
 * `scrollable-region-focusable`).
 */
export function rehypeScrollableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
        node.properties.role = 'group';
        node.properties.ariaLabel = 'Formula (scrolls sideways if wider than the screen)';
      }
    });
  };
}
