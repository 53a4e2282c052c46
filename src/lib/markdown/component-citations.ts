import { doseResponsePoints } from '../../model/dose-response';
import { didYouMean } from '../nearest';
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
      const question = attributes.evidence ? loadSiteData(root).evidence.get(attributes.evidence) : undefined;
      if (!question) {
        return {
          problem: `<ForestPlot evidence="${attributes.evidence ?? ''}"> names no question in content/evidence/.`,
          hint: attributes.evidence ? didYouMean(attributes.evidence, loadSiteData(root).evidence.keys()) : 'Add evidence="<file name without .yaml>".',
        };
      }
      return { keys: question.studies.map((s) => trials.get(s.trial)!.citation) };
    }
    if (name === 'RemodelingSimulator') return { keys: ['lemaire2004modeling'] };
    if (name === 'DoseExplorer') {
      return { keys: [...new Set(doseResponsePoints(trials.values()).map((p) => p.citation))] };
    }
    return undefined;
  };
}
