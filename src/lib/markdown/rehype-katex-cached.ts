import type { ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import katex, { type KatexOptions } from 'katex';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

export type KatexCachedOptions = Omit<KatexOptions, 'displayMode' | 'throwOnError'>;

/**
 * Rendered formulas, keyed by options, display mode and TeX source. KaTeX
 * output depends only on those, so each distinct formula is rendered (and its
 * HTML parsed to hast) once per process instead of once per occurrence.
 * Shared across processor instances via globalThis, because Astro loads the
 * pipeline more than once in one build (config, MDX integration).
 */
const CACHE_KEY = Symbol.for('strata.katexCache');
type Cache = Map<string, ElementContent[]>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

/**
 * Drop-in replacement for rehype-katex 7 (same classes, same output, same
 * error messages with `source: 'rehype-katex'`), with a memo per (tex,
 * displayMode, options). Formulas that fail to render are never cached, so
 * each occurrence still reports its own error and position.
 */
export function rehypeKatexCached(options?: KatexCachedOptions | null) {
  const settings = options ?? {};
  const optionsKey = JSON.stringify(settings);
  return (tree: Root, file: VFile) => {
    visitParents(tree, 'element', (element, parents) => {
      const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
      const languageMath = classes.includes('language-math');
      const mathDisplay = classes.includes('math-display');
      const mathInline = classes.includes('math-inline');
      let displayMode = mathDisplay;
      if (!languageMath && !mathDisplay && !mathInline) return;

      let parent = parents[parents.length - 1];
      let scope: (typeof parents)[number] | typeof element = element;
      if (element.tagName === 'code' && languageMath && parent && parent.type === 'element' && parent.tagName === 'pre') {
        scope = parent;
        parent = parents[parents.length - 2];
        displayMode = true;
      }
      if (!parent) return;

      const value = toText(scope as Parameters<typeof toText>[0], { whitespace: 'pre' });
      const key = `${optionsKey}\u0000${displayMode ? 'D' : 'I'}\u0000${value}`;
      let result: ElementContent[];
      const hit = cache.get(key);
      if (hit) {
        // Later plugins mutate nodes (e.g. tabIndex on display math), so every occurrence gets its own copy.
        result = structuredClone(hit);
      } else {
        try {
          const html = katex.renderToString(value, { ...settings, displayMode, throwOnError: true });
          const rendered = fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
          cache.set(key, structuredClone(rendered));
          result = rendered;
        } catch (error) {
          const cause = error as Error;
          file.message('Could not render math with KaTeX', {
            ancestors: [...parents, element],
            cause,
            place: element.position,
            ruleId: cause.name.toLowerCase(),
            source: 'rehype-katex',
          });
          try {
            const html = katex.renderToString(value, { ...settings, displayMode, strict: 'ignore', throwOnError: false });
            result = fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
          } catch {
            result = [
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['katex-error'], style: `color:${settings.errorColor || '#cc0000'}`, title: String(error) },
                children: [{ type: 'text', value }],
              },
            ];
          }
        }
      }
      const index = parent.children.indexOf(scope as never);
      parent.children.splice(index, 1, ...(result as never[]));
      return SKIP;
    });
  };
}
