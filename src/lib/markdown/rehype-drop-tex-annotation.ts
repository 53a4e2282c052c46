import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Rehype plugin, after KaTeX: removes the `<annotation encoding="application/x-tex">`
 * copy of each formula's TeX source from the MathML. Screen readers read the
 * presentation MathML, not the annotation, and the TeX stays in the article
 * source; dropping it saves about 1 KB gzipped on a formula-heavy page
 * (issue 6's 58 KB article budget).
 */
export function rehypeDropTexAnnotation() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'semantics') return;
      node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'annotation' && child.properties.encoding === 'application/x-tex'));
      return SKIP;
    });
  };
}
