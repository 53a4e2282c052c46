import { announce } from '../../scripts/announce';
import { defineWidget, restoreState } from '../widgets/define-widget';
import { saveState } from '../widgets/save-state';
import { bestSections } from './best-sections';
import { appendExcerpt } from './excerpt';
import { queryVariants, suggestQuery } from './expand-query';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';

const DEPTH_LABELS: Record<string, string> = { fundamentals: 'Fundamentals', intermediate: 'Intermediate', academic: 'Academic' };
const SPECS = { depth: { kind: 'choice', label: 'Depth', choices: ['all', ...Object.keys(DEPTH_LABELS)], fallback: 'all' } } as const;
/** Longer queries are cut: nobody types 200 characters into a search box. */
const MAX_QUERY = 200;
const MAX_PAGES = 10;
/** At most this many Pagefind searches per query (the reader's words, their rewrites and a suggestion's). */
const MAX_SEARCHES = 8;

/**
 * `<strata-search>`: searches the Pagefind index as the reader types (or on
 * submit), optionally within one depth, and lists the matching sections of
 * each page with its depth, linking straight to `page/#section`. Query and
 * depth live in the address (`/search/?q=rankl&depth=academic`).
 */
defineWidget(
  'strata-search',
  { form: 'form', input: 'form input[name="q"]', results: '[data-results]', status: '[data-status]' },
  (root, { form, input, results, status }, signal) => {
    if (!(input instanceof HTMLInputElement)) return;
    root.querySelector('[data-needs-js]')?.remove();
    const { values } = restoreState(root, SPECS);
    const depthChoice = form.querySelector<HTMLInputElement>(`input[name="depth"][value="${values.depth}"]`);
    if (depthChoice) depthChoice.checked = true;
    input.value = (new URLSearchParams(location.search).get('q') ?? '').slice(0, MAX_QUERY);
    /** The search vocabulary (content/search-vocabulary.yaml) and the words to suggest, from the page. */
    const vocabulary = JSON.parse(root.dataset.vocabulary ?? '{"groups":[],"suggest":[],"terms":{}}') as { groups: string[][]; suggest: string[]; terms: Record<string, string[]> };
    const suggestion = root.querySelector<HTMLElement>('[data-suggestion]');

    /** Each search has a number; a slower earlier one never overwrites a later one's results. */
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const search = async () => {
      const run = ++latest;
      const query = input.value.trim().slice(0, MAX_QUERY);
      const depth = String(new FormData(form).get('depth') ?? 'all');
      saveState({ q: query, depth });
      if (!query) {
        results.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      try {
        const pagefind = await loadPagefind();
        const label = DEPTH_LABELS[depth];
        // The reader's words, the same query in the site's words for them (content/search-vocabulary.yaml) and,
        // for a misspelt word, the nearest known word: each searched, results merged by their best score.
        const better = suggestQuery(query, vocabulary.suggest);
        const variants = [...new Set([...(better ? queryVariants(better, vocabulary.groups) : []), ...queryVariants(query, vocabulary.groups)])].slice(0, MAX_SEARCHES);
        const searches = await Promise.all(variants.map((variant) => pagefind.search(variant, label ? { filters: { depth: label } } : {})));
        // The search in the site's own words leads (the reader's "T score" also matches "T cells"); the rest follow by score.
        const [lead = [], ...rest] = searches.map((found) => found?.results ?? []);
        const best = new Map<string, PagefindResult>();
        for (const result of rest.flat()) {
          if ((best.get(result.id)?.score ?? -Infinity) < result.score) best.set(result.id, result);
        }
        const leading = new Set(lead.map((result) => result.id));
        let merged = [...lead, ...[...best.values()].filter((result) => !leading.has(result.id)).sort((a, b) => b.score - a.score)];
        // A query that names a glossary term shows its definition first (at every depth the glossary applies;
        // under a depth filter only pages of that depth are listed): with thirteen topics the glossary would
        // otherwise fall below the pages that use the word most.
        const entry = glossaryEntry(variants, vocabulary.terms);
        if (entry && !label) {
          const definition = (await pagefind.search(variants[0]!, { filters: { kind: 'Glossary' } }))?.results[0];
          if (definition) merged = [definition, ...merged.filter((result) => result.id !== definition.id)];
        }
        const found = { results: merged };
        const pages = await Promise.all(merged.slice(0, MAX_PAGES).map((result) => result.data()));
        if (run !== latest) return;
        results.replaceChildren(...pages.map((page) => renderPage(page, entry)));
        const where = label ? ` at ${label} depth` : '';
        const total = found.results.length;
        const others = variants.filter((variant) => variant !== query.toLowerCase());
        const also = others.length > 0 ? ` (also searched for ${others.map((v) => `“${v}”`).join(', ')})` : '';
        const message =
          total === 0
            ? `No pages match “${query}”${where}. Try fewer or simpler words.`
            : `${total} page${total === 1 ? ' matches' : 's match'} “${query}”${where}${also}${total > MAX_PAGES ? `; showing the best ${MAX_PAGES}` : ''}.`;
        status.textContent = message;
        if (suggestion) {
          suggestion.hidden = !better;
          const link = suggestion.querySelector('a');
          if (better && link) {
            link.href = `/search/?q=${encodeURIComponent(better)}${label ? `&depth=${depth}` : ''}`;
            link.textContent = better;
          }
        }
        announce(better ? `${message} Did you mean ${better}?` : message);
      } catch {
        if (run !== latest) return;
        status.textContent = 'Search could not load. Browse every section below instead.';
      }
    };
    const run = () => void search();
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        run();
      },
      { signal },
    );
    input.addEventListener(
      'input',
      () => {
        clearTimeout(timer);
        timer = setTimeout(run, 250);
      },
      { signal },
    );
    form.addEventListener(
      'change',
      (event) => {
        if ((event.target as HTMLInputElement).name === 'depth') run();
      },
      { signal },
    );
    signal.addEventListener('abort', () => clearTimeout(timer));
    if (input.value.trim()) run();
  },
);

/** The glossary entry (id) whose term or alias one of the searches names, for a result that opens the entry rather than the top of the glossary. */
function glossaryEntry(searches: readonly string[], terms: Record<string, string[]>): string | undefined {
  const words = searches.map((search) => search.toLowerCase());
  let best: { id: string; length: number } | undefined;
  for (const [id, names] of Object.entries(terms)) {
    for (const name of names) {
      const lower = name.toLowerCase();
      // The longest name found wins: "estrogen receptor" over "estrogen".
      if (words.some((search) => search.includes(lower)) && lower.length > (best?.length ?? 0)) best = { id, length: lower.length };
    }
  }
  return best?.id;
}

/** One matching page: its title and depth, then its best-matching sections (the glossary's: the entry searched for). */
function renderPage(page: PagefindResultData, entry?: string): HTMLElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'h3';
  const link = document.createElement('a');
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  heading.append(link);
  const label = page.meta.depth ?? page.meta.kind;
  if (label) {
    const badge = document.createElement('span');
    badge.className = 'result-depth';
    badge.textContent = label;
    heading.append(' ', badge);
  }
  const sections = document.createElement('ul');
  const glossary = page.url === '/glossary/' && entry;
  if (glossary) link.href = `/glossary/#${entry}`;
  for (const section of glossary ? [{ ...bestSections(page, 1)[0]!, url: `/glossary/#${entry}`, title: 'Glossary entry' }] : bestSections(page)) {
    const entry = document.createElement('li');
    const sectionLink = document.createElement('a');
    sectionLink.href = section.url;
    sectionLink.textContent = section.title;
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, section.excerpt);
    entry.append(sectionLink, excerpt);
    sections.append(entry);
  }
  item.append(heading, sections);
  return item;
}
