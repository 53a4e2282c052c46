import path from 'node:path';
import { loadBibliography, type Bibliography } from './bib/bibliography';
import { throwIfProblems } from './content-error';
import { loadTrials, type TrialRecord } from './trials/load-trials';

/**
 * The validated data every build step shares: the bibliography and the trial
 * records. Loaded once per process; throws a ContentError listing every
 * problem in references.bib and content/trials.
 */
export interface SiteData {
  bibliography: Bibliography;
  trials: Map<string, TrialRecord>;
}

export function loadSiteData(root: string = process.cwd()): SiteData {
  const bibliography = loadBibliography(root);
  const { trials, problems } = loadTrials(path.resolve(root), bibliography);
  throwIfProblems(problems);
  return { bibliography, trials };
}
