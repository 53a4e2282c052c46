import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

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

/** Converts BibTeX source text to CSL-JSON items (citation-js). */
export function bibtexToCsl(text: string): CslItem[] {
  return new Cite(text).data as CslItem[];
}

/**
 * Formats one item in Vancouver style (ICMJE / NLM, the CSL `vancouver`
 * template bundled with citation-js) as plain text, without its list number
 * and without DOI/PMID, which the site renders as links of their own.
 *
 * Example: `Prestwood KM, Kenny AM, … JAMA. 2003;290(8):1042–8.`
 */
export function formatVancouver(item: CslItem): string {
  const { DOI: _doi, PMID: _pmid, PMCID: _pmcid, URL: _url, _graph, ...rest } = item;
  // Memoised per entry (its key and every field) and style: citation-js builds a citeproc engine per call
  // (tens of ms), and Astro loads this module several times per build.
  const memoKey = `vancouver/en-US\u0000${JSON.stringify(rest)}`;
  const cached = formatted.get(memoKey);
  if (cached !== undefined) return cached;
  const text = new Cite([rest]).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' }) as string;
  // BibTeX `and others` arrives as an author named "others": Vancouver says "et al."
  const result = text.trim().replace(/^1\.\s+/, '').replace(/, others\./, ', et al.');
  formatted.set(memoKey, result);
  return result;
}

/** Formatted references, shared by every copy of this module in the process (globalThis). */
const FORMATTED = Symbol.for('strata.formattedReferences');
const formatted: Map<string, string> = ((globalThis as Record<symbol, unknown>)[FORMATTED] as Map<string, string> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[FORMATTED] = formatted;
