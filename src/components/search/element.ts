import { announce } from '../../scripts/announce';
import { saveState } from '../widgets/save-state';
import { showIgnored } from '../widgets/show-ignored';
import { parseParams } from '../widgets/url-state';
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
class StrataSearch extends HTMLElement {
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!form || !input || !results || !status) return;
    this.querySelector('[data-needs-js]')?.remove();

    const params = new URLSearchParams(location.search);
    const { values, ignored } = parseParams(params, SPECS);
    showIgnored(this, ignored);
    const depthChoice = form.querySelector<HTMLInputElement>(`input[name="depth"][value="${values.depth}"]`);
    if (depthChoice) depthChoice.checked = true;
    input.value = (params.get('q') ?? '').slice(0, MAX_QUERY);

    const run = () => void this.search(form, input, results, status);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(run, 250);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'depth') run();
    });
    if (input.value.trim()) run();
  }

  private async search(form: HTMLFormElement, input: HTMLInputElement, results: HTMLElement, status: HTMLElement): Promise<void> {
    const run = ++this.#run;
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
      if (run !== this.#run) return;
      results.replaceChildren(...pages.map(renderPage));
      const where = label ? ` at ${label} depth` : '';
      const total = found?.results.length ?? 0;
      const message = total === 0
        ? `No pages match “${query}”${where}. Try fewer or simpler words.`
        : `${total} page${total === 1 ? ' matches' : 's match'} “${query}”${where}${total > MAX_PAGES ? `; showing the best ${MAX_PAGES}` : ''}.`;
      status.textContent = message;
      announce(message);
    } catch {
      if (run !== this.#run) return;
      status.textContent = 'Search could not load. Browse every section below instead.';
    }
  }
}

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

customElements.define('strata-search', StrataSearch);
