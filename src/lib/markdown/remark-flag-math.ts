import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, EXIT } from 'unist-util-visit';
import { pluginFrontmatter } from './source-path';

/**
 * Remark plugin: sets `remarkPluginFrontmatter.hasMath` when the page contains
 * a formula, so only those pages load KaTeX's stylesheet and fonts.
 */
export function remarkFlagMath() {
  return (tree: Root, file: VFile) => {
    let hasMath = false;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') {
        hasMath = true;
        return EXIT;
      }
    });
    pluginFrontmatter(file).hasMath = hasMath;
  };
}
