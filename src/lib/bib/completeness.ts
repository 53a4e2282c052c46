import type { ContentProblem } from '../content-error';
import type { Bibliography } from './bibliography';
import type { RawBibEntry } from './parse-bibtex';

/** Fields a journal article must print, with the words used in messages. */
export const ARTICLE_LOCATOR_FIELDS: Record<string, string> = { volume: 'volume', pages: 'page range' };

/** Why a field is absent from an entry, as recorded in its `missing` field. */
export interface MissingField {
  field: string;
  reason: string;
}

const SYNTAX_HINT =
  'Write `missing = {volume, pages: why they are absent}`: the absent fields, a colon, and the reason (e.g. "e-pub ahead of print" or "not printed on any page we could read: PubMed, the DOI page"). Separate several reasons with `;`.';

/**
 * Parses an entry's `missing` field, `{volume, pages: reason; number: reason}`,
 * into one record per field. Returns problems for clauses without a reason.
 */
export function parseMissing(value: string): { fields: MissingField[]; malformed: string[] } {
  const fields: MissingField[] = [];
  const malformed: string[] = [];
  for (const clause of value.split(';').map((c) => c.trim()).filter(Boolean)) {
    const colon = clause.indexOf(':');
    const names = colon < 0 ? [] : clause.slice(0, colon).split(',').map((n) => n.trim().toLowerCase()).filter(Boolean);
    const reason = colon < 0 ? '' : clause.slice(colon + 1).trim();
    if (names.length === 0 || reason.length < 5) malformed.push(clause);
    else for (const field of names) fields.push({ field, reason });
  }
  return { fields, malformed };
}

/**
 * Journal articles must give volume and page range (the year is required of
 * every entry already), or say in `missing` why a field could not be filled.
 * Also flags a `missing` that names a field the entry has (stale) or one
 * this check does not know.
 */
export function completenessProblems(entries: RawBibEntry[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const raw = entry.fields.missing;
    const { fields: declared, malformed } = raw === undefined ? { fields: [], malformed: [] } : parseMissing(raw);
    const line = entry.fieldLines.missing ?? entry.line;
    for (const clause of malformed) {
      problems.push({ file, line, field: `${entry.key}.missing`, message: `Entry \`${entry.key}\` has a \`missing\` clause without fields or a reason: "${clause}".`, hint: SYNTAX_HINT });
    }
    for (const { field } of declared) {
      if (!(field in ARTICLE_LOCATOR_FIELDS) && field !== 'number') {
        problems.push({ file, line, field: `${entry.key}.missing`, message: `Entry \`${entry.key}\` says \`${field}\` is missing, but only ${[...Object.keys(ARTICLE_LOCATOR_FIELDS), 'number'].map((f) => `\`${f}\``).join(', ')} may be declared missing.`, hint: SYNTAX_HINT });
      } else if (entry.fields[field]?.trim()) {
        problems.push({ file, line, field: `${entry.key}.missing`, message: `Entry \`${entry.key}\` says \`${field}\` is missing, but it has \`${field} = {${entry.fields[field]}}\`.`, hint: `Remove \`${field}\` from \`missing\` now that it is filled in.` });
      }
    }
    if (entry.type !== 'article') continue;
    const absent = Object.keys(ARTICLE_LOCATOR_FIELDS).filter((field) => !entry.fields[field]?.trim() && !declared.some((d) => d.field === field));
    if (absent.length > 0) {
      const labels = absent.map((f) => ARTICLE_LOCATOR_FIELDS[f]).join(' and ');
      problems.push({
        file,
        line: entry.line,
        field: `${entry.key}.${absent[0]}`,
        message: `Article \`${entry.key}\` has no ${labels}, so its reference prints incomplete.`,
        hint: `Copy ${absent.map((f) => `\`${f}\``).join(' and ')} from the paper's PubMed or publisher page, or, if no page you can read gives ${absent.length > 1 ? 'them' : 'it'}, say why: \`missing = {${absent.join(', ')}: where you looked}\`.`,
      });
    }
  }
  return problems;
}

/** Every declared missing field in the bibliography, for pages that explain incomplete references. */
export function missingFieldNotes(bibliography: Bibliography): Array<{ key: string } & MissingField> {
  return [...bibliography.values()].flatMap((reference) => (reference.missing ?? []).map((m) => ({ key: reference.key, ...m })));
}

/** "Volume and page range not shown: <reason>." One sentence per distinct reason. */
export function missingNote(missing: MissingField[]): string {
  const byReason = new Map<string, string[]>();
  for (const { field, reason } of missing) byReason.set(reason, [...(byReason.get(reason) ?? []), ARTICLE_LOCATOR_FIELDS[field] ?? 'issue']);
  return [...byReason].map(([reason, labels]) => {
    const what = labels.join(' and ');
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} not shown: ${reason}.`;
  }).join(' ');
}
