import remarkMath from 'remark-math';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Bibliography } from '../bib/bibliography';
import { componentCitations } from './component-citations';
import { remarkSyntaxErrors } from './mdx-syntax-check';
import { rehypeDepthGapNotes } from './rehype-depth-gap-notes';
import { rehypeDropTexAnnotation } from './rehype-drop-tex-annotation';
import { rehypeExternalLinks } from './rehype-external-links';
import { rehypeFailOnMathErrors } from './rehype-fail-on-math-errors';
import { rehypeKatexCached } from './rehype-katex-cached';
import { rehypeScrollableMath } from './rehype-scrollable-math';
import { rehypeScrollableTables } from './rehype-scrollable-tables';
import { rehypeSearchIgnore } from './rehype-search-ignore';
import { rehypeSections } from './rehype-sections';
import { rehypeShareControls } from './rehype-share-controls';
import { remarkCitations, type CitationOptions } from './remark-citations';
import { remarkParseRecord } from './remark-parse-record';
import { remarkSectionIds } from './remark-section-ids';
import { loadSiteData } from '../site-data';

/**
 * The site's Markdown/MDX plugin chain, defined once and used by both
 * astro.config.mjs and the pipeline tests, so tests exercise exactly what
 * the build runs. Order matters: syntax errors are reported from the parse
 * itself; math is parsed before section ids and citations look at text; the
 * parse record is taken last, from the finished tree; KaTeX renders before
 * its errors are checked; sections are wrapped before share controls.
 */
export function remarkPlugins(options: { root: string; bibliography?: () => Bibliography; componentCitations?: CitationOptions['componentCitations'] }): RemarkPlugins {
  return [
    remarkSyntaxErrors as RemarkPlugins[number],
    remarkMath,
    remarkSectionIds,
    [
      remarkCitations,
      {
        bibliography: options.bibliography ?? (() => loadSiteData(options.root).bibliography),
        componentCitations: options.componentCitations ?? componentCitations(options.root),
      } satisfies CitationOptions,
    ],
    remarkParseRecord,
  ];
}

// rehypeKatexCached is rehype-katex with a memo per (formula, display mode): same output, each distinct formula rendered once.
export const rehypePlugins: RehypePlugins = [[rehypeKatexCached, { output: 'htmlAndMathml' }], rehypeFailOnMathErrors, rehypeDropTexAnnotation, rehypeScrollableMath, rehypeScrollableTables, rehypeSearchIgnore, rehypeExternalLinks, rehypeSections, rehypeDepthGapNotes, rehypeShareControls];

/** The Markdown processor astro.config.mjs gives Astro (and @astrojs/mdx): unified with the chain above. */
export function markdownProcessor(root: string) {
  return unified({ remarkPlugins: remarkPlugins({ root }), rehypePlugins });
}
