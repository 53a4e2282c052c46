import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { BiblatexEntry } from './parse-bibtex';

/** A CSL-JSON item as citation-js produces it (only the fields we read are typed). */
export interface CslItem {
  id: string;
  type?: string;
  title?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  issued?: { 'date-parts'?: number[][] };
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  [field: string]: unknown;
}

/** Converts entries from citation-js's BibTeX parser (see parseBibtex) to CSL-JSON items, without parsing the text again. */
export function biblatexToCsl(parsed: BiblatexEntry[]): CslItem[] {
  if (parsed.length === 0) return [];
  return plugins.input.chain(parsed, { generateGraph: false } as never) as unknown as CslItem[];
}

/**
 * Formats items in Vancouver style (ICMJE / NLM, the CSL `vancouver`
 * template bundled with citation-js) as plain text, keyed by item id, each
 * without its list number and without DOI/PMID, which the site renders as
 * links of their own. All items go through one citeproc engine in one call.
 *
 * Example: `Prestwood KM, Kenny AM, … JAMA. 2003;290(8):1042–8.`
 */
export function formatVancouver(items: CslItem[]): Map<string, string> {
  const prepared = items.map(({ DOI: _doi, PMID: _pmid, PMCID: _pmcid, URL: _url, _graph, ...rest }) => {
    // citation-js splits an `organization` with "and" in it into a list; CSL wants one name.
    if (Array.isArray(rest.publisher)) rest.publisher = rest.publisher.join(' and ');
    return rest;
  });
  if (prepared.length === 0) return new Map();
  const entries = plugins.output.format('bibliography', prepared as never, { format: 'text', template: 'vancouver', lang: 'en-US', asEntryArray: true }) as Array<[string, string]>;
  // BibTeX `and others` arrives as an author named "others": Vancouver says "et al."
  return new Map(entries.map(([id, text]) => [id, text.trim().replace(/^\d+\.\s+/, '').replace(/, others\./, ', et al.')]));
}
