import { menopauseEstrogen, simulateRemodeling, type RemodelingSimulation } from '../../model/bone-remodeling/lemaire-model';
import { formatNumber, formatSigned } from '../format';

export type Scenario = 'menopause' | 'constant';
export type Variant = 'simple' | 'full';

/** Runs the Lemaire model for a scenario: estrogen level as a percentage of premenopausal (0–100). */
export function runScenario(scenario: Scenario, estrogenPercent: number, years = 10): RemodelingSimulation {
  const level = estrogenPercent / 100;
  return simulateRemodeling({ estrogen: scenario === 'menopause' ? menopauseEstrogen({ postmenopausalLevel: level }) : level, years });
}

/** One-paragraph text equivalent of the run, at the widget's variant. */
export function describeRun(run: RemodelingSimulation, scenario: Scenario, estrogenPercent: number, variant: Variant): string {
  const end = run.timeYears.length - 1;
  const years = formatNumber(run.timeYears[end]!, 0);
  const bone = run.boneVolumeChangePercent[end]!;
  const build = run.B[end]! / run.B[0]!;
  const remove = run.C[end]! / run.C[0]!;
  const ratio = run.ranklOpgRatio[end]! / run.ranklOpgRatio[0]!;
  const setting =
    scenario === 'menopause'
      ? `Estrogen falls over 18 months from year 0 to ${estrogenPercent}% of its premenopausal level`
      : `Estrogen stays at ${estrogenPercent}% of its premenopausal level`;
  if (variant === 'simple') {
    const balance = Math.abs(bone) < 0.05 ? 'Building and removing stay in balance, so bone volume holds steady.' : bone < 0 ? `Removal outpaces building, so the model loses ${formatNumber(-bone, 1)}% of its bone volume.` : `Building outpaces removal, so the model gains ${formatNumber(bone, 1)}% bone volume.`;
    return `<p>${setting}. After ${years} years, bone-removing cells are at ${formatNumber(remove, 1)} times and bone-building cells at ${formatNumber(build, 1)} times their starting level. ${balance}</p>`;
  }
  return `<p>${setting}. After ${years} years: bone volume ${formatSigned(bone, 1)}%; RANKL/OPG ratio ${formatNumber(ratio, 2)}× baseline; active osteoclasts ${formatNumber(remove, 2)}×, active osteoblasts ${formatNumber(build, 2)}×. Model output, not a prediction for a person.</p>`;
}
