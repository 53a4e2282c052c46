import { readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { compileArticles } from '../../src/lib/markdown/compile-articles';
import { blankFrontmatter } from '../../src/lib/markdown/mdx-syntax-check';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';
import { rehypePlugins, remarkPlugins } from '../../src/lib/markdown/pipeline';

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
 * site's plugins), as the build makes them; with no paths, every article.
 */
export function parseRecordsOf(...relativePaths: string[]): Promise<ParseRecord[]> {
  // No paths: every real article, each topic's Fundamentals first.
  return relativePaths.length ? compileArticles(ROOT, relativePaths) : compileArticles(ROOT);
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
