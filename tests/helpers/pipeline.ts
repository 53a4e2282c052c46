import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { compileArticles } from '../../src/lib/markdown/compile-articles';
import { blankFrontmatter } from '../../src/lib/markdown/mdx-syntax-check';
import { parseRecords, type ParseRecord } from '../../src/lib/markdown/parse-record';
import { rehypePlugins, remarkPlugins } from '../../src/lib/markdown/pipeline';
import { siteRecords } from './site-records';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs an MDX file through the same remark/rehype chain as the site build
 * (with the real references.bib and trials) and returns HTML plus the data
 * the plugins computed. JSX elements are left out of the HTML.
 */
export async function processMdx(relativePath: string) {
  const absolute = path.join(ROOT, relativePath);
  const file = new VFile({ path: absolute, value: blankFrontmatter(readFileSync(absolute, 'utf8')), cwd: ROOT });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ root: ROOT }) as PluggableList)
    .use(remarkRehype, { passThrough: [] })
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify);
  const result = await processor.process(file);
  const frontmatter = (result.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  return { html: String(result), frontmatter };
}

/**
 * Parse records of MDX files (paths relative to the project root), from one
 * compile each with the production MDX processor (Astro's, with GFM and the
 * site's plugins), as the build makes them; with no paths, every article
 * (each topic's Fundamentals first), read from the unit project's shared
 * cache when it matches today's inputs (tests/helpers/site-records.ts,
 * filled once by tests/unit/global-setup.ts), else compiled here. Either
 * way the records end up in the process's record store, as after a compile
 * (a later processMdx() of a deeper page reads its topic's Fundamentals
 * record from there for the share controls).
 */
export async function parseRecordsOf(...relativePaths: string[]): Promise<ParseRecord[]> {
  if (relativePaths.length) return compileArticles(ROOT, relativePaths);
  const records = await siteRecords(ROOT);
  for (const record of records) parseRecords().set(path.resolve(ROOT, record.file), record);
  return records;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: string | null | { value: string } }>;
  children?: MdxNode[];
}

/**
 * The tree as the remark/rehype stage hands it to MDX's JSX compiler, shown
 * as HTML: a component use becomes an element named after the component
 * with its props as attributes (an expression prop as its `{source}`), an
 * expression its `{source}` as text, an import or export nothing.
 */
function showJsx(node: MdxNode): MdxNode | null {
  if (node.type === 'mdxjsEsm') return null;
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return { type: 'text', value: `{${node.value}}` };
  const children = node.children?.map(showJsx).filter((child): child is MdxNode => child !== null);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const properties: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
      const value = attribute.value;
      properties[attribute.name] = value == null ? '' : typeof value === 'string' ? value : `{${value.value}}`;
    }
    return { type: 'element', tagName: node.name ?? 'Fragment', properties, children } as MdxNode;
  }
  return children ? { ...node, children } : node;
}

/**
 * Runs an MDX file through the production MDX processor (Astro's unified
 * MDX processor with GFM and smart punctuation, and the site's
 * remark/rehype plugins as astro.config.mjs passes them) and returns the
 * HTML of the tree right after the site's last rehype plugin, with each
 * component use shown as an element with its props, and the data the
 * plugins recorded for the page (Astro's `frontmatter` object: sections,
 * citations, math). The golden-file tests (tests/unit/markdown-golden.test.ts)
 * compare both.
 */
export async function renderMdxForGolden(absolutePath: string): Promise<{ html: string; data: Record<string, unknown> }> {
  let captured: HastRoot | undefined;
  const capture = () => (tree: HastRoot) => {
    captured = structuredClone(tree);
  };
  const processor = astroUnified({ remarkPlugins: remarkPlugins({ root: ROOT }), rehypePlugins: [...rehypePlugins, capture] });
  const renderer = await processor.createMdxRenderer!({}, { optimize: false, srcDir: new URL('../../src/', import.meta.url) });
  // The plugins write what they record into this object (vfile.data.astro.frontmatter).
  const data: Record<string, unknown> = {};
  await renderer.process(blankFrontmatter(readFileSync(absolutePath, 'utf8')), absolutePath, data);
  if (!captured) throw new Error(`The MDX processor did not reach the last rehype plugin for ${absolutePath}.`);
  return { html: unified().use(rehypeStringify).stringify(showJsx(captured as unknown as MdxNode) as unknown as HastRoot), data };
}

/** Reads a fixture's text. */
export function fixture(relativePath: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures', relativePath), 'utf8');
}

/** Runs `action` and returns the message of the error it throws (fails if it does not throw). */
export async function errorMessage(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('Expected the action to fail, but it succeeded.');
}
