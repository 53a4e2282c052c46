/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) that Strata uses. */
export interface PagefindSubResult {
  title: string;
  /** Page URL with the heading's `#id`, e.g. `/topics/estrogen-dose/academic/#remodeling`. */
  url: string;
  /** Plain text with matches wrapped in `<mark>`. */
  excerpt: string;
  /** Word positions of the matches inside this sub-result. */
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/** One search hit: its page id, its relevance (higher is better) and its data, loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind's search runtime (written to `dist/pagefind/` at build time)
 * the first time a reader searches, never at page load.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 22 });
    return api;
  })();
  return loading;
}
