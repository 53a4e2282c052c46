import path from 'node:path';
import { loadBibliography, type Bibliography } from './bib/bibliography';
import { throwIfProblems } from './content-error';
import { loadEvidence, type EvidenceRecord } from './evidence/load-evidence';
import { loadTrials, type TrialRecord } from './trials/load-trials';

/**
 * The validated data every build step shares: the bibliography, the trial
 * records and the evidence questions that pool them. Loaded once per process; throws a ContentError listing every
 * problem in references.bib and content/trials.
 */
export interface SiteData {
  bibliography: Bibliography;
  trials: Map<string, TrialRecord>;
  evidence: Map<string, EvidenceRecord>;
}

export function loadSiteData(root: string = process.cwd()): SiteData {
  const bibliography = loadBibliography(root);
  const { trials, problems } = loadTrials(path.resolve(root), bibliography);
  const loaded = loadEvidence(path.resolve(root), trials);
  throwIfProblems([...problems, ...loaded.problems]);
  return { bibliography, trials, evidence: loaded.evidence };
}
