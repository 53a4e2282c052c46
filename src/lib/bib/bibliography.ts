import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { throwIfProblems, type ContentProblem } from '../content-error';
import { completenessProblems, parseMissing, type MissingField } from './completeness';
import { cachedFormatVancouver } from './format-cache';
import { biblatexToCsl, formatVancouver, type CslItem } from './format-reference';
import { parseBibtex } from './parse-bibtex';
import { validateEntries } from './validate-entries';

/** A verified, formatted reference ready to render. */
export interface Reference {
  key: string;
  /** Vancouver-style citation text, without number, DOI or PMID. */
  text: string;
  doi?: string;
  pmid?: string;
  /** Web address, for documents without DOI (e.g. society guidance). */
  url?: string;
  year?: number;
  title: string;
  /** 1-based line of the entry in references.bib. */
  line: number;
  /** Fields the entry lacks, each with why (its `missing` field; see completeness.ts). */
  missing?: MissingField[];
  csl: CslItem;
}

export type Bibliography = Map<string, Reference>;

/**
 * Parses (once), validates and formats BibTeX source (all entries through one
 * citeproc engine; with `formatCacheFile`, reusing an earlier build's
 * formatting of exactly the same entries, see format-cache.ts). Throws a
 * ContentError listing every problem (syntax, missing fields, malformed
 * identifiers, duplicates). With `complete`, journal articles must also give
 * volume and pages or say why not (completeness.ts); the site's
 * references.bib is always loaded that way.
 */
export function buildBibliography(text: string, file: string, options: { complete?: boolean; formatCacheFile?: string } = {}): Bibliography {
  const { entries, parsed, problems } = parseBibtex(text, file);
  const all: ContentProblem[] = [...problems, ...validateEntries(entries, file), ...(options.complete ? completenessProblems(entries, file) : [])];
  throwIfProblems(all);
  const cslItems = biblatexToCsl(parsed);
  const items = new Map(cslItems.map((item) => [item.id, item]));
  const texts = options.formatCacheFile ? cachedFormatVancouver(cslItems, options.formatCacheFile) : formatVancouver(cslItems);
  const bibliography: Bibliography = new Map();
  for (const entry of entries) {
    const csl = items.get(entry.key);
    if (!csl) continue;
    bibliography.set(entry.key, {
      key: entry.key,
      text: texts.get(entry.key) ?? '',
      doi: entry.fields.doi?.trim() || undefined,
      pmid: entry.fields.pmid?.trim() || undefined,
      url: entry.fields.url?.trim() || undefined,
      year: csl.issued?.['date-parts']?.[0]?.[0],
      title: csl.title ?? entry.fields.title ?? '',
      line: entry.line,
      ...(entry.fields.missing ? { missing: parseMissing(entry.fields.missing).fields } : {}),
      csl,
    });
  }
  return bibliography;
}

/** Shared by every copy of this module in the process (Astro loads it for the config and again for the pages). */
const CACHE = Symbol.for('strata.bibliographyCache');
type BibliographyCache = Map<string, { mtimeMs: number; size: number; bibliography: Bibliography }>;
const cache: BibliographyCache = ((globalThis as Record<symbol, unknown>)[CACHE] as BibliographyCache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE] = cache;

/**
 * Loads `references.bib` from the project root, formatting each entry once
 * and re-reading only when the file changes (so dev reloads stay fast). The
 * formatted texts are kept between builds in Astro's cache folder
 * (`STRATA_CACHE_DIR`, default node_modules/.astro/) and reused while the
 * entries are unchanged.
 */
export function loadBibliography(root: string = process.cwd(), fileName = 'references.bib'): Bibliography {
  const absolute = path.resolve(root, fileName);
  const { mtimeMs, size } = statSync(absolute);
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.bibliography;
  const cacheDir = process.env.STRATA_CACHE_DIR ? path.resolve(root, process.env.STRATA_CACHE_DIR) : path.join(root, 'node_modules', '.astro');
  const bibliography = buildBibliography(readFileSync(absolute, 'utf8'), path.relative(root, absolute) || fileName, { complete: true, formatCacheFile: path.join(cacheDir, 'strata-references.json') });
  cache.set(absolute, { mtimeMs, size, bibliography });
  return bibliography;
}

/** Link targets for a reference's identifiers. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi)}`;
}
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}
