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

interface BiblatexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const ENTRY_OPENER = /@([a-zA-Z]+)\s*\{\s*([^,\s]+)\s*,/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Locates each entry opener and its fields' lines by scanning the raw text. */
function locateEntries(text: string): Array<{ key: string; line: number; fieldLines: Record<string, number> }> {
  const openers = [...text.matchAll(ENTRY_OPENER)].filter((m) => m[1]!.toLowerCase() !== 'comment');
  return openers.map((match, i) => {
    const start = match.index ?? 0;
    const end = openers[i + 1]?.index ?? text.length;
    const body = text.slice(start, end);
    const firstLine = lineAt(text, start);
    const fieldLines: Record<string, number> = {};
    for (const field of body.matchAll(/(?:^|[,\s])([a-zA-Z][\w-]*)\s*=/g)) {
      const name = field[1]!.toLowerCase();
      if (!(name in fieldLines)) fieldLines[name] = firstLine + lineAt(body, field.index ?? 0) - 1;
    }
    return { key: match[2]!, line: firstLine, fieldLines };
  });
}

/**
 * Parses a BibTeX file into raw entries with line numbers. A syntax error
 * (unbalanced braces, a missing comma) becomes a problem naming the line
 * citation-js stopped at; nothing is thrown.
 */
export function parseBibtex(text: string, file: string): { entries: RawBibEntry[]; problems: ContentProblem[] } {
  let parsed: BiblatexEntry[];
  try {
    const options = { target: '@biblatex/entries+list', generateGraph: false } as unknown as Parameters<typeof plugins.input.chain>[1];
    parsed = plugins.input.chain(text, options) as unknown as BiblatexEntry[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = /at line (\d+)/.exec(message);
    return {
      entries: [],
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
  return { entries, problems: [] };
}
