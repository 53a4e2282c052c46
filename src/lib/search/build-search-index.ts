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
 *
 * @returns the number of pages indexed.
 * @throws if Pagefind reports an error or indexes no page at all (a sign the
 *   `data-pagefind-body` markers were lost).
 */
export async function buildSearchIndex(distDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_SEARCHED });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
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
