import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadBibliography, type Bibliography } from './bib/bibliography';
import { loadClaims, type ClaimRecord } from './claims/load-claims';
import { profileRowProblems } from './claims/profile-row-check';
import { contentDir } from './content-dir';
import { throwIfProblems } from './content-error';
import { loadDepthGaps, type DeclaredDepthGap } from './depth/load-depth-gaps';
import { loadEvidence, type EvidenceRecord } from './evidence/load-evidence';
import { loadGuidelines, type GuidelineRecord } from './guidelines/load-guidelines';
import { loadSafety, type SafetyRecord } from './safety/load-safety';
import { loadTrials, type TrialRecord } from './trials/load-trials';

export { contentDir, skipAddressChecks } from './content-dir';

/**
 * The validated data every build step shares: the bibliography, the trial
 * records and the evidence questions that pool them, the guideline records,
 * the comparator drugs' safety lines and the declared depth gaps. Throws a ContentError
 * listing every problem in references.bib and content/trials.
 */
export interface SiteData {
  bibliography: Bibliography;
  trials: Map<string, TrialRecord>;
  evidence: Map<string, EvidenceRecord>;
  /** Claim records (content/claims/*.yaml) by id. */
  claims: Map<string, ClaimRecord>;
  /** Sections a topic has at some depths only, on purpose (content/depth-gaps.yaml). */
  depthGaps: DeclaredDepthGap[];
  /** Guideline records (content/guidelines), by id. */
  guidelines: Map<string, GuidelineRecord>;
  /** Safety lines of comparator drugs (content/safety), by drug id. */
  safety: Map<string, SafetyRecord>;
}

/**
 * What the data was loaded from: each trial and evidence file's name, size
 * and modification time. Cheap (a directory listing and a stat per file)
 * next to parsing and validating the YAML, which pages and MDX components
 * would otherwise repeat thousands of times per build.
 */
function sourceSignature(root: string): string {
  const parts: string[] = [contentDir(root)];
  const gapsFile = path.join(contentDir(root), 'depth-gaps.yaml');
  if (existsSync(gapsFile)) {
    const info = statSync(gapsFile);
    parts.push(`depth-gaps.yaml:${info.size}:${info.mtimeMs}`);
  }
  for (const sub of ['trials', 'evidence', 'claims', 'guidelines', 'safety']) {
    const dir = path.join(contentDir(root), sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const info = statSync(path.join(dir, name));
      parts.push(`${sub}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

const memo = new Map<string, { signature: string; data: SiteData }>();

/** Loads the site data once per process, again only when references.bib or a trial, evidence or claim file changes (dev reloads). */
export function loadSiteData(root: string = process.cwd()): SiteData {
  const absoluteRoot = path.resolve(root);
  const bibliography = loadBibliography(absoluteRoot);
  const signature = sourceSignature(absoluteRoot);
  const hit = memo.get(absoluteRoot);
  if (hit && hit.signature === signature && hit.data.bibliography === bibliography) return hit.data;
  const { trials, problems } = loadTrials(absoluteRoot, bibliography);
  const loaded = loadEvidence(absoluteRoot, trials, bibliography);
  const claimed = loadClaims(absoluteRoot, bibliography);
  const gaps = loadDepthGaps(absoluteRoot);
  const guidelines = loadGuidelines(absoluteRoot, bibliography);
  const safety = loadSafety(absoluteRoot, bibliography);
  // Claims citing an evidence-profile row agree with it (needs the profiles' rows, so only once they validate).
  const rowProblems = problems.length === 0 && loaded.problems.length === 0 ? profileRowProblems(claimed.claims.values(), loaded.evidence, trials) : [];
  throwIfProblems([...problems, ...loaded.problems, ...claimed.problems, ...rowProblems, ...gaps.problems, ...guidelines.problems, ...safety.problems]);
  const data = { bibliography, trials, evidence: loaded.evidence, claims: claimed.claims, depthGaps: gaps.gaps, guidelines: guidelines.guidelines, safety: safety.safety };
  memo.set(absoluteRoot, { signature, data });
  return data;
}
