import type { PagefindResultData, PagefindSubResult } from './pagefind';

/**
 * The sections of one matching page worth showing, best first: those with the
 * most matches, at most `limit`. Falls back to the page itself when no
 * heading-level section matched (the match is above the first heading).
 */
export function bestSections(page: PagefindResultData, limit = 3): PagefindSubResult[] {
  const matched = page.sub_results.filter((section) => section.locations.length > 0);
  if (matched.length === 0) return [{ title: page.meta.title ?? page.url, url: page.url, excerpt: page.excerpt, locations: [] }];
  return [...matched].sort((a, b) => b.locations.length - a.locations.length).slice(0, limit);
}
