import { existsSync, readdirSync, statSync } from 'node:fs';
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

const cache = new Map<string, { signature: string; data: SiteData }>();

/** Names and modification times of the files the site data is read from, so edits invalidate the cache. */
function sourceSignature(root: string): string {
  const parts = [String(statSync(path.join(root, 'references.bib')).mtimeMs)];
  for (const dir of ['trials', 'evidence']) {
    const full = path.join(root, 'content', dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) parts.push(`${dir}/${name}:${statSync(path.join(full, name)).mtimeMs}`);
  }
  return parts.join('|');
}

export function loadSiteData(root: string = process.cwd()): SiteData {
  const absolute = path.resolve(root);
  // Components ask for the site data once per use in every article; re-validating all trial
  // records each time made the reference-coverage check take seconds. Reuse it until a file changes.
  const signature = sourceSignature(absolute);
  const hit = cache.get(absolute);
  if (hit && hit.signature === signature) return hit.data;
  const bibliography = loadBibliography(root);
  const { trials, problems } = loadTrials(absolute, bibliography);
  const loaded = loadEvidence(absolute, trials);
  throwIfProblems([...problems, ...loaded.problems]);
  const data = { bibliography, trials, evidence: loaded.evidence };
  cache.set(absolute, { signature, data });
  return data;
}
