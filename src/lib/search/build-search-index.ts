import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Page furniture that would drown real matches: citation and glossary
 * popovers (repeated at every use), citation numbers, share and copy-link
 * controls, reference lists, cite-this-page blocks, widget controls and
 * table header rows.
 */
const NOT_SEARCHED = ['.cite-tip', '.cite-group', 'details.share', '.section-link', '.references', '.cite-this', '.widget', '.toc', 'thead'];

/**
 * Builds the static Pagefind search index for a built site and writes it to
 * `<dist>/pagefind/`. Only regions marked `data-pagefind-body` (article
 * bodies, glossary, evidence pages) are indexed; each heading with an id
 * becomes a sub-result, so a search lands on the section, not just the page.
 * Only pages that carry the marker are handed to Pagefind (18 of about 300
 * today: print views, short links, trials and tools have none), as a glob of
 * their exact paths, so it does not parse pages it would skip anyway. The
 * index is byte-identical to indexing the whole directory, which skips
 * unmarked pages once any page is marked (checked on the built site; adding
 * the same pages with `addHTMLFile` gives a differently ordered index).
 *
 * @returns the number of pages indexed.
 * @throws if Pagefind reports an error or indexes no page at all (a sign the
 *   `data-pagefind-body` markers were lost).
 */
export async function buildSearchIndex(distDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_SEARCHED });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: markedPagesGlob(distDir) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${distDir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(distDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Strata ships its own small search UI; Pagefind's prebuilt UIs are unused.
    for (const file of readdirSync(outputPath)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(path.join(outputPath, file));
    }
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (pages === 0) {
      throw new Error('Pagefind indexed no pages: article, glossary and evidence pages must mark their text with data-pagefind-body.');
    }
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * A glob naming exactly the built pages that mark text for search
 * (`data-pagefind-body`), or every HTML file if a path holds a character
 * that globs treat specially.
 */
function markedPagesGlob(distDir: string): string {
  const marked = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && readFileSync(path.join(distDir, file), 'utf8').includes('data-pagefind-body'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  if (marked.length === 0 || marked.some((file) => /[{}[\]*?!,\\]/.test(file))) return '**/*.{html}';
  return marked.length === 1 ? marked[0]! : `{${marked.join(',')}}`;
}
