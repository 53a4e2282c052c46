import { readdirSync, readFileSync } from 'node:fs';
import { contentDir } from '../content-dir';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { trialSchema, type Trial } from './schema';

/** A validated trial with its id (the file name without extension). */
export interface TrialRecord extends Trial {
  id: string;
}

/** `['arms', 1, 'n']` → `arms[1].n` */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/**
 * Validates one trial file's text. Returns the record, or the problems with
 * file, line and field path. `bibliography` is used to check the citation key.
 */
export function validateTrialSource(
  text: string,
  file: string,
  bibliography: Bibliography,
): { trial?: TrialRecord; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        hint: 'Check indentation (spaces only) and that lists start with `- `.',
      })),
    };
  }
  const lineOf = (fieldPathParts: ReadonlyArray<PropertyKey>): number | undefined => {
    for (let n = fieldPathParts.length; n >= 0; n--) {
      const node = doc.getIn(fieldPathParts.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const result = trialSchema.safeParse(doc.toJS());
  const problems: ContentProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = fieldPath(issue.path);
      problems.push({
        file,
        line: lineOf(issue.path),
        field: where || undefined,
        message: issue.message,
        hint: 'See "Trials" in content/README.md; every number is copied from the cited source with its locator.',
      });
    }
    return { problems };
  }
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  if (!bibliography.has(result.data.citation)) {
    problems.push({
      file,
      line: lineOf(['citation']),
      field: 'citation',
      message: `Citation key \`${result.data.citation}\` is not in references.bib.`,
      hint: didYouMean(result.data.citation, bibliography.keys()),
    });
  }
  return { trial: { ...result.data, id }, problems };
}

/** Loads and validates every `content/trials/*.yaml`. */
export function loadTrials(root: string, bibliography: Bibliography): { trials: Map<string, TrialRecord>; problems: ContentProblem[] } {
  const dir = path.join(contentDir(root), 'trials');
  const trials = new Map<string, TrialRecord>();
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join('content', 'trials', name);
    const result = validateTrialSource(readFileSync(path.join(dir, name), 'utf8'), file, bibliography);
    problems.push(...result.problems);
    if (result.trial) trials.set(result.trial.id, result.trial);
  }
  return { trials, problems };
}
