import AbsoluteRisk from './AbsoluteRisk.astro';
import Certainty from './Certainty.astro';
import Claim from './Claim.astro';
import DoseExplorer from './DoseExplorer.astro';
import ForestPlot from './ForestPlot.astro';
import Guideline from './Guideline.astro';
import RemodelingSimulator from './RemodelingSimulator.astro';
import SafetyLine from './SafetyLine.astro';
import Term from './Term.astro';
import TrialTable from './TrialTable.astro';
import TScoreCalculator from './TScoreCalculator.astro';

/**
 * The components article MDX may use, as `<Content components={articleComponents} />`
 * on the article page and its print views. A new widget is added here once (and its
 * props in src/lib/content/component-props.ts).
 */
export const articleComponents = { TrialTable, DoseExplorer, TScoreCalculator, AbsoluteRisk, RemodelingSimulator, ForestPlot, Certainty, Claim, Term, Guideline, SafetyLine };
