import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Bibliography } from '../bib/bibliography';
import { isProfile } from '../evidence/load-evidence';
import type { ContentProblem } from '../content-error';
import type { ParseRecord } from '../markdown/parse-record';
import { didYouMean } from '../nearest';
import type { SiteData } from '../site-data';

/**
 * "A bib entry that no page cites is an error, or moved to an explicit
 * further-reading list." This module finds every place the site cites a
 * reference, reads content/further-reading.yaml, and reports entries of
 * references.bib that are neither cited nor listed.
 */

export const FURTHER_READING_FILE = 'content/further-reading.yaml';

/** One work listed for readers without supporting a particular sentence. */
export interface FurtherReadingEntry {
  key: string;
  /** One line: why a reader might want it. */
  why: string;
  /** 1-based line of the entry in content/further-reading.yaml. */
  line: number;
}

function walk(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}

/**
 * Every reference the site cites, with where (`file:line`, or the published
 * page) for each: `[@key]` in articles and components in articles (a
 * TrialTable's paper, the dose explorer's trials, the remodeling model), both
 * read from the articles' parse records; every trial record
 * (each has its own page at /trials/<id>/) and so every evidence page that
 * pools them; and keys named as string literals in src/pages (tool pages,
 * /evidence/grading/).
 */
export function collectCitations(root: string, data: SiteData, records: readonly ParseRecord[]): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const note = (key: string, where: string) => {
    const list = uses.get(key) ?? [];
    list.push(where);
    uses.set(key, list);
  };
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

  for (const record of records) {
    for (const { key, line, via } of record.citations) note(key, `${record.file}:${line}${via ? ` <${via}>` : ''}`);
  }
  for (const [id, trial] of data.trials) note(trial.citation, `/trials/${id}/`);
  for (const [slug, record] of data.evidence) {
    if (!isProfile(record)) continue;
    for (const study of record.outcomes.flatMap((o) => o.studies)) {
      const trial = data.trials.get(study.trial);
      if (trial) note(trial.citation, `/evidence/${slug}/`);
    }
    for (const key of [...record.search.syntheses.map((s) => s.citation), ...record.considered.map((s) => s.citation), ...record.outcomes.map((o) => o.check?.citation)]) {
      if (key) note(key, `/evidence/${slug}/`);
    }
  }
  const keys = new Set(data.bibliography.keys());
  for (const file of walk(path.join(root, 'src', 'pages'), '.astro')) {
    const text = readFileSync(file, 'utf8');
    for (const literal of text.matchAll(/['"]([A-Za-z][\w:-]*)['"]/g)) {
      if (keys.has(literal[1]!)) note(literal[1]!, rel(file));
    }
  }
  return uses;
}

/** Reads content/further-reading.yaml (absent means an empty list). */
export function readFurtherReading(
  text: string | undefined,
  bibliography: Bibliography,
  file = FURTHER_READING_FILE,
): { entries: FurtherReadingEntry[]; problems: ContentProblem[] } {
  const entries: FurtherReadingEntry[] = [];
  const problems: ContentProblem[] = [];
  if (text === undefined) return { entries, problems };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    problems.push({ file, line: error.linePos?.[0]?.line, message: `YAML syntax error: ${error.message.split('\n')[0]}`, hint: 'Fix the YAML syntax.' });
    return { entries, problems };
  }
  const root = document.contents;
  const list = isMap(root) ? root.get('entries', true) : undefined;
  if (root !== null && (!isMap(root) || (list !== undefined && !isSeq(list)))) {
    problems.push({ file, line: lineOf(root) ?? 1, message: 'Expected `entries:` followed by a list of `{ key, why }` items.', hint: 'See "Further reading" in content/README.md.' });
    return { entries, problems };
  }
  const seen = new Map<string, number>();
  (isSeq(list) ? list.items : []).forEach((item, index) => {
    const line = lineOf(item) ?? 1;
    const value = isMap(item) ? (item.toJSON() as Record<string, unknown>) : {};
    const key = typeof value.key === 'string' ? value.key.trim() : '';
    const why = typeof value.why === 'string' ? value.why.trim() : '';
    const field = `entries[${index}]`;
    if (!key) {
      problems.push({ file, line, field: `${field}.key`, message: 'A further-reading entry needs a `key` from references.bib.', hint: 'Write `- key: <citation key>` and `why: <one line>`.' });
      return;
    }
    if (!bibliography.has(key)) {
      problems.push({ file, line, field: `${field}.key`, message: `\`${key}\` is not a key in references.bib.`, hint: `${didYouMean(key, bibliography.keys())} Add a verified entry to references.bib first.` });
      return;
    }
    if (seen.has(key)) {
      problems.push({ file, line, field: `${field}.key`, message: `\`${key}\` is listed twice (first on line ${seen.get(key)}).`, hint: 'Keep one entry.' });
      return;
    }
    seen.set(key, line);
    if (!why || why.includes('\n') || why.length > 200) {
      problems.push({ file, line, field: `${field}.why`, message: `\`${key}\` needs a one-line \`why\` (at most 200 characters) saying what a reader gets from it.`, hint: 'Write one plain sentence, e.g. `why: The largest trial of X; background for the dose section.`' });
      return;
    }
    entries.push({ key, why, line });
  });
  return { entries, problems };
}

/**
 * The rule itself: each entry of references.bib is cited somewhere or listed
 * in further reading, and a listed entry is not also cited (it would then
 * appear twice on /references/).
 */
export function checkReferenceCoverage(
  bibliography: Bibliography,
  cited: ReadonlyMap<string, readonly string[]>,
  furtherReading: readonly FurtherReadingEntry[],
  bibFile = 'references.bib',
  furtherFile = FURTHER_READING_FILE,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = new Map(furtherReading.map((entry) => [entry.key, entry]));
  for (const reference of bibliography.values()) {
    const uses = cited.get(reference.key);
    if (!uses?.length && !listed.has(reference.key)) {
      problems.push({
        file: bibFile,
        line: reference.line,
        field: reference.key,
        message: `Reference \`${reference.key}\` is not cited on any page and is not in ${furtherFile}.`,
        hint: `Cite it as [@${reference.key}] where it supports a sentence, list it in ${furtherFile} with a one-line \`why\`, or delete the entry.`,
      });
    } else if (uses?.length && listed.has(reference.key)) {
      problems.push({
        file: furtherFile,
        line: listed.get(reference.key)!.line,
        field: reference.key,
        message: `\`${reference.key}\` is cited (${uses.slice(0, 2).join(', ')}${uses.length > 2 ? ', …' : ''}), so it is not further reading.`,
        hint: `Remove it from ${furtherFile}; cited works are already listed on /references/.`,
      });
    }
  }
  return problems;
}

/** Loads the further-reading list for the project at `root`. */
export function loadFurtherReading(root: string, bibliography: Bibliography) {
  const file = path.join(root, FURTHER_READING_FILE);
  return readFurtherReading(existsSync(file) ? readFileSync(file, 'utf8') : undefined, bibliography);
}

/** The whole build-time check for the project at `root`, given the parse records of every article. */
export function referenceCoverageProblems(root: string, data: SiteData, records: readonly ParseRecord[]): ContentProblem[] {
  const further = loadFurtherReading(root, data.bibliography);
  return [...further.problems, ...checkReferenceCoverage(data.bibliography, collectCitations(root, data, records), further.entries)];
}
