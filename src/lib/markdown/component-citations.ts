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
export function componentCitations(root: string) {
  return (name: string, attributes: Record<string, string>): ComponentCitations | undefined => {
    const { trials } = loadSiteData(root);
    if (name === 'TrialTable') {
      const trial = attributes.id ? trials.get(attributes.id) : undefined;
      if (trial) return { keys: [trial.citation] };
      return {
        problem: `<TrialTable id="${attributes.id ?? ''}"> names no trial in content/trials/.`,
        hint: attributes.id ? didYouMean(attributes.id, trials.keys()) : 'Add id="<trial file name without .yaml>".',
      };
    }
    if (name === 'DoseExplorer') {
      return { keys: [...new Set(doseResponsePoints(trials.values()).map((p) => p.citation))] };
    }
    return undefined;
  };
}
