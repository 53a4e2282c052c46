import type { ContentProblem } from '../content-error';
import type { RawBibEntry } from './parse-bibtex';

/** The field that names where a work appeared, by BibTeX entry type. */
const VENUE_FIELDS: Record<string, string[]> = {
  article: ['journal', 'journaltitle'],
  book: ['publisher'],
  inbook: ['booktitle', 'publisher'],
  incollection: ['booktitle'],
  inproceedings: ['booktitle'],
  techreport: ['institution'],
  report: ['institution'],
  online: ['organization', 'publisher', 'howpublished'],
  misc: ['organization', 'publisher', 'howpublished'],
};

/** Crossref DOI syntax: `10.` + registrant (4–9 digits) + `/` + suffix without spaces. */
export const DOI_PATTERN = /^10\.\d{4,9}\/[^\s]+$/;
/** PubMed identifiers are positive integers of at most 8 digits. */
export const PMID_PATTERN = /^[1-9]\d{0,7}$/;
/** Citation keys: lower-case letters, digits and `-`/`_`, starting with a letter. */
export const KEY_PATTERN = /^[a-z][a-z0-9_-]*$/;

/**
 * Checks each entry for what the site needs to render and link it:
 * author, title, year, a venue; well-formed DOI and PMID; unique keys.
 */
export function validateEntries(entries: RawBibEntry[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const at = (field: string) => entry.fieldLines[field] ?? entry.line;
    const previous = seen.get(entry.key);
    if (previous !== undefined) {
      problems.push({
        file,
        line: entry.line,
        field: entry.key,
        message: `Duplicate citation key \`${entry.key}\` (first defined on line ${previous}).`,
        hint: 'Keep one entry per work; if these are two different works, give one of them a new key.',
      });
    } else {
      seen.set(entry.key, entry.line);
    }
    if (!KEY_PATTERN.test(entry.key)) {
      problems.push({
        file,
        line: entry.line,
        field: entry.key,
        message: `Citation key \`${entry.key}\` is not in the house style.`,
        hint: 'Use lower-case letters, digits and hyphens, e.g. `prestwood2003ultralow`.',
      });
    }
    const need = (field: string, label: string) => {
      if (!entry.fields[field]?.trim()) {
        problems.push({
          file,
          line: entry.line,
          field: `${entry.key}.${field}`,
          message: `Entry \`${entry.key}\` has no ${label}.`,
          hint: `Add \`${field} = {…}\` to the entry, copied from the paper's PubMed or publisher page.`,
        });
      }
    };
    need('author', 'author');
    need('title', 'title');
    if (!entry.fields.year?.trim() && !entry.fields.date?.trim()) need('year', 'year');
    const venues = VENUE_FIELDS[entry.type] ?? ['journal', 'booktitle', 'publisher', 'institution', 'organization', 'howpublished'];
    if (!venues.some((v) => entry.fields[v]?.trim())) {
      problems.push({
        file,
        line: entry.line,
        field: `${entry.key}.${venues[0]}`,
        message: `Entry \`${entry.key}\` (@${entry.type}) does not say where it was published.`,
        hint: `Add one of: ${venues.map((v) => `\`${v}\``).join(', ')}.`,
      });
    }
    const year = entry.fields.year?.trim();
    if (year && !/^\d{4}$/.test(year)) {
      problems.push({
        file,
        line: at('year'),
        field: `${entry.key}.year`,
        message: `Entry \`${entry.key}\` has year \`${year}\`, which is not a four-digit year.`,
        hint: 'Write the year of publication as four digits, e.g. `year = {2003}`.',
      });
    }
    const doi = entry.fields.doi?.trim();
    if (doi !== undefined && !DOI_PATTERN.test(doi)) {
      problems.push({
        file,
        line: at('doi'),
        field: `${entry.key}.doi`,
        message: `Entry \`${entry.key}\` has a malformed DOI \`${doi}\`.`,
        hint: 'A DOI looks like `10.1001/jama.290.8.1042`: no `https://doi.org/` prefix, no spaces. Record it only if you saw it on the publisher or PubMed page.',
      });
    }
    const pmid = entry.fields.pmid?.trim();
    if (pmid !== undefined && !PMID_PATTERN.test(pmid)) {
      problems.push({
        file,
        line: at('pmid'),
        field: `${entry.key}.pmid`,
        message: `Entry \`${entry.key}\` has a malformed PMID \`${pmid}\`.`,
        hint: 'A PMID is a number of up to 8 digits, e.g. `12941676`, without a `PMID:` prefix.',
      });
    }
  }
  return problems;
}
