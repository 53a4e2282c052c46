import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Rehype plugin, after KaTeX and the table wrapper: marks rendered math
 * (`span.katex`, inline and display) and table header rows (`thead`) with
 * `data-pagefind-ignore`, so search excerpts show the prose around a formula
 * or a table rather than KaTeX's doubled MathML-plus-HTML text or a run of
 * column names (issue 15: "math and table headers kept out of excerpts").
 * The words stay on the page and in its headings; only the search index
 * skips them. Pagefind's attribute: https://pagefind.app/docs/indexing/
 */
export function rehypeSearchIgnore() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties?.className;
      const isMath = Array.isArray(classes) && classes.includes('katex');
      if (!isMath && node.tagName !== 'thead') return;
      node.properties = { ...node.properties, dataPagefindIgnore: '' };
      return SKIP;
    });
  };
}
