import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { doseResponsePoints } from '../../model/dose-response';
import { contentDir } from '../content-dir';
import { CERTAINTY_LEVELS } from '../content/certainty';
import { ARTICLE_COMPONENTS, checkComponentProps } from '../content/component-props';
import { didYouMean } from '../nearest';
import { outcomeFor } from '../evidence/load-evidence';
import { loadSiteData } from '../site-data';
import type { ComponentCitations } from './remark-citations';

/**
 * Which references an embedded component cites, so they join the page's
 * numbered reference list: a TrialTable cites its trial's paper; the dose
 * explorer cites every trial behind its points. An unknown trial id is
 * reported with the MDX file and line.
 */
/** Components that show one trial, and the attribute naming it. */
const TRIAL_ATTRIBUTE: Record<string, string> = { TrialTable: 'id', AbsoluteRisk: 'trial' };

export function componentCitations(root: string) {
  return (name: string, attributes: Record<string, string>): ComponentCitations | undefined => {
    if (/^[A-Z]/.test(name) && !ARTICLE_COMPONENTS.includes(name)) {
      return {
        problem: `Unknown component <${name}>: articles cannot use it.`,
        hint: `${didYouMean(name, ARTICLE_COMPONENTS)} Components available to articles: ${ARTICLE_COMPONENTS.join(', ')}.`.trim(),
      };
    }
    const propProblem = checkComponentProps(name, attributes);
    if (propProblem) return propProblem;
    const { trials } = loadSiteData(root);
    const trialAttribute = TRIAL_ATTRIBUTE[name];
    if (trialAttribute) {
      const id = attributes[trialAttribute];
      const trial = id ? trials.get(id) : undefined;
      if (trial) return { keys: [trial.citation] };
      return {
        problem: `<${name} ${trialAttribute}="${id ?? ''}"> names no trial in content/trials/.`,
        hint: id ? didYouMean(id, trials.keys()) : `Add ${trialAttribute}="<trial file name without .yaml>".`,
      };
    }
    if (name === 'ForestPlot') {
      const found = outcomeFor(attributes.evidence ? loadSiteData(root).evidence.get(attributes.evidence) : undefined, attributes.outcome);
      if (!found) {
        return {
          problem: `<ForestPlot evidence="${attributes.evidence ?? ''}"${attributes.outcome ? ` outcome="${attributes.outcome}"` : ''}> names no profile outcome in content/evidence/.`,
          hint: attributes.evidence ? didYouMean(attributes.evidence, loadSiteData(root).evidence.keys()) : 'Add evidence="<file name without .yaml>".',
        };
      }
      return { keys: found.outcome.studies.map((s) => trials.get(s.trial)!.citation) };
    }
    // An unknown claim id is reported by the claim checks, which read the parse record (src/lib/claims/claim-checks.ts).
    if (name === 'Claim') {
      const claim = attributes.id ? loadSiteData(root).claims.get(attributes.id) : undefined;
      return { keys: claim?.source ? [claim.source.key] : [] };
    }
    if (name === 'Certainty') {
      if (attributes.claim !== undefined) {
        if (attributes.level === undefined) return { keys: [] };
        return { problem: `<Certainty claim="${attributes.claim}" level="${attributes.level}"> gives its level twice.`, hint: 'Remove `level`: a label with a claim takes its level from the claim record, so every page shows the same one.' };
      }
      if ((CERTAINTY_LEVELS as readonly string[]).includes(attributes.level ?? '')) return { keys: [] };
      return { problem: `<Certainty level="${attributes.level ?? ''}"> is not a certainty level.`, hint: `Use one of ${CERTAINTY_LEVELS.join(', ')} (see /evidence/grading/).` };
    }
    if (name === 'Term') {
      const terms = glossaryIds(root);
      if (attributes.id && terms.includes(attributes.id)) return { keys: [] };
      return {
        problem: `<Term id="${attributes.id ?? ''}"> has no glossary entry.`,
        hint: `${attributes.id ? didYouMean(attributes.id, terms) : ''} Add content/glossary/${attributes.id ?? '<id>'}.yaml with \`term\` and \`definition\`.`.trim(),
      };
    }
    if (name === 'Guideline') {
      const guidelines = loadSiteData(root).guidelines;
      const guideline = attributes.id ? guidelines.get(attributes.id) : undefined;
      if (guideline) return { keys: [guideline.source.key] };
      return {
        problem: `<Guideline id="${attributes.id ?? ''}"> names no guideline in content/guidelines/.`,
        hint: attributes.id ? didYouMean(attributes.id, guidelines.keys()) : 'Add id="<file name in content/guidelines/ without .yaml>".',
      };
    }
    if (name === 'SafetyLine') {
      const safety = loadSiteData(root).safety;
      const record = attributes.drug ? safety.get(attributes.drug) : undefined;
      if (record) return { keys: [...new Set(record.lines.map((line) => line.source.key))] };
      return {
        problem: `<SafetyLine drug="${attributes.drug ?? ''}"> names no safety record in content/safety/.`,
        hint: attributes.drug ? didYouMean(attributes.drug, safety.keys()) : 'Add drug="<file name in content/safety/ without .yaml>".',
      };
    }
    if (name === 'RemodelingSimulator') return { keys: ['lemaire2004modeling'] };
    if (name === 'DoseExplorer') {
      return { keys: [...new Set(doseResponsePoints(trials.values()).map((p) => p.citation))] };
    }
    return undefined;
  };
}

/** Ids of the glossary entries (file names in content/glossary/). */
function glossaryIds(root: string): string[] {
  const dir = path.join(contentDir(root), 'glossary');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, '')) : [];
}
