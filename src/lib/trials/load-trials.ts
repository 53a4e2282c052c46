import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { fileId, loadYamlFolder } from '../yaml-folder';
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
  const id = fileId(file);
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
  const { records, problems } = loadYamlFolder(root, 'trials', (text, file) => {
    const { trial, problems: found } = validateTrialSource(text, file, bibliography);
    return { record: trial, problems: found };
  }, { key: (trial) => trial.id, keepWithProblems: true });
  return { trials: records, problems };
}
