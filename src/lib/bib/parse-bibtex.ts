import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { ContentProblem } from '../content-error';

/** One BibTeX entry as written, with where it stands in the file. */
export interface RawBibEntry {
  key: string;
  /** BibTeX entry type, lower case (`article`, `book`, …). */
  type: string;
  /** Field values, names lower case, braces already resolved by citation-js. */
  fields: Record<string, string>;
  /** 1-based line of the `@type{key,` opener. */
  line: number;
  /** 1-based line of each field's `name =`, when it could be located. */
  fieldLines: Record<string, number>;
}

/** An entry as citation-js's BibTeX parser returns it (`@biblatex/entries+list`). */
export interface BiblatexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const ENTRY_OPENER = /@([a-zA-Z]+)\s*\{\s*([^,\s]+)\s*,/g;

/**
 * A function from a character offset in `text` to its 1-based line number.
 * The offsets where lines start are found once (linear in the text); each
 * lookup is a binary search over them.
 */
export function lineIndex(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    // The number of line starts at or before `index` is its line number.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! <= index) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** Locates each entry opener and its fields' lines by scanning the raw text. */
function locateEntries(text: string): Array<{ key: string; line: number; fieldLines: Record<string, number> }> {
  const lineAt = lineIndex(text);
  const openers = [...text.matchAll(ENTRY_OPENER)].filter((m) => m[1]!.toLowerCase() !== 'comment');
  return openers.map((match, i) => {
    const start = match.index ?? 0;
    const end = openers[i + 1]?.index ?? text.length;
    const body = text.slice(start, end);
    const fieldLines: Record<string, number> = {};
    for (const field of body.matchAll(/(?:^|[,\s])([a-zA-Z][\w-]*)\s*=/g)) {
      const name = field[1]!.toLowerCase();
      if (!(name in fieldLines)) fieldLines[name] = lineAt(start + (field.index ?? 0));
    }
    return { key: match[2]!, line: lineAt(start), fieldLines };
  });
}

/**
 * Parses a BibTeX file (once: `parsed` is citation-js's own result, for
 * conversion to CSL without a second parse) into raw entries with line
 * numbers. A syntax error (unbalanced braces, a missing comma) becomes a
 * problem naming the line citation-js stopped at; nothing is thrown.
 */
export function parseBibtex(text: string, file: string): { entries: RawBibEntry[]; parsed: BiblatexEntry[]; problems: ContentProblem[] } {
  let parsed: BiblatexEntry[];
  try {
    const options = { target: '@biblatex/entries+list', generateGraph: false } as unknown as Parameters<typeof plugins.input.chain>[1];
    parsed = plugins.input.chain(text, options) as unknown as BiblatexEntry[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = /at line (\d+)/.exec(message);
    return {
      entries: [],
      parsed: [],
      problems: [
        {
          file,
          line: where ? Number(where[1]) : undefined,
          message: `BibTeX syntax error: ${message.split('\n')[0]}`,
          hint: 'Check that every `{` has a matching `}` and that fields are separated by commas. The error is often in the entry just above the reported line.',
        },
      ],
    };
  }
  const located = locateEntries(text);
  const entries = parsed.map((entry, i) => {
    const where = located[i]?.key === entry.label ? located[i] : located.find((l) => l.key === entry.label);
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(entry.properties)) fields[name.toLowerCase()] = String(value);
    return {
      key: entry.label,
      type: entry.type.toLowerCase(),
      fields,
      line: where?.line ?? 1,
      fieldLines: where?.fieldLines ?? {},
    };
  });
  return { entries, parsed, problems: [] };
}
