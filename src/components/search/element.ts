import { announce } from '../../scripts/announce';
import { defineWidget, restoreState } from '../widgets/define-widget';
import { saveState } from '../widgets/save-state';
import { bestSections } from './best-sections';
import { appendExcerpt } from './excerpt';
import { loadPagefind, type PagefindResultData } from './pagefind';

const DEPTH_LABELS: Record<string, string> = { fundamentals: 'Fundamentals', intermediate: 'Intermediate', academic: 'Academic' };
const SPECS = { depth: { kind: 'choice', label: 'Depth', choices: ['all', ...Object.keys(DEPTH_LABELS)], fallback: 'all' } } as const;
/** Longer queries are cut: nobody types 200 characters into a search box. */
const MAX_QUERY = 200;
const MAX_PAGES = 10;

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
        const found = await pagefind.search(query, label ? { filters: { depth: label } } : {});
        const pages = await Promise.all((found?.results ?? []).slice(0, MAX_PAGES).map((result) => result.data()));
        if (run !== latest) return;
        results.replaceChildren(...pages.map(renderPage));
        const where = label ? ` at ${label} depth` : '';
        const total = found?.results.length ?? 0;
        const message =
          total === 0
            ? `No pages match “${query}”${where}. Try fewer or simpler words.`
            : `${total} page${total === 1 ? ' matches' : 's match'} “${query}”${where}${total > MAX_PAGES ? `; showing the best ${MAX_PAGES}` : ''}.`;
        status.textContent = message;
        announce(message);
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

/** One matching page: its title and depth, then its best-matching sections. */
function renderPage(page: PagefindResultData): HTMLElement {
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
  for (const section of bestSections(page)) {
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
