import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from '../bib/format-reference';

export interface PageCitationInput {
  title: string;
  url: string;
  lastReviewed: Date;
  author?: string;
}

/** A CSL item describing a Strata page (a web page by the editorial team). */
function pageItem(input: PageCitationInput): CslItem {
  const d = input.lastReviewed;
  return {
    id: 'strata-page',
    type: 'webpage',
    title: input.title,
    author: [{ literal: input.author ?? 'Strata editorial team' }],
    'container-title': 'Strata: hormones and bone health',
    issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
    URL: input.url,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Cite this page": a reference in the NLM/Vancouver form for web pages
 * (Citing Medicine, 2nd ed., ch. 25: Author. Title [Internet]. Publisher;
 * date. Available from: URL) and the same record as BibTeX, produced by
 * citation-js.
 */
export function citePage(input: PageCitationInput): { text: string; bibtex: string } {
  const d = input.lastReviewed;
  const date = `${d.getUTCFullYear()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const text = `${input.author ?? 'Strata editorial team'}. ${input.title} [Internet]. Strata: hormones and bone health; last reviewed ${date}. Available from: ${input.url}`;
  const bibtex = (new Cite([pageItem(input)]).format('bibtex') as string).replace(/^@misc\{[^,]+,/, `@misc{strata-${slugKey(input.url)},`).trim();
  return { text, bibtex };
}

function slugKey(url: string): string {
  return new URL(url).pathname.split('/').filter(Boolean).join('-') || 'home';
}
