import { readdirSync, readFileSync } from 'node:fs';
import { contentDir } from '../content-dir';
import path from 'node:path';
import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { parseYamlRecord } from '../yaml-record';
import { trialSchema, type Trial } from './schema';

/** A validated trial with its id (the file name without extension). */
export interface TrialRecord extends Trial {
  id: string;
}

const TRIAL_HINT = 'See "Trials" in content/README.md; every number is copied from the cited source with its locator.';

/**
 * Validates one trial file's text. Returns the record, or the problems with
 * file, line and field path. `bibliography` is used to check the citation key.
 */
export function validateTrialSource(
  text: string,
  file: string,
  bibliography: Bibliography,
): { trial?: TrialRecord; problems: ContentProblem[] } {
  const { data, problems, lineOf } = parseYamlRecord(text, file, trialSchema, TRIAL_HINT, 'Check indentation (spaces only) and that lists start with `- `.');
  if (!data) return { problems };
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  if (!bibliography.has(data.citation)) {
    problems.push({
      file,
      line: lineOf(['citation']),
      field: 'citation',
      message: `Citation key \`${data.citation}\` is not in references.bib.`,
      hint: didYouMean(data.citation, bibliography.keys()),
    });
  }
  return { trial: { ...data, id }, problems };
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
