import { menopauseEstrogen, simulateRemodeling, type RemodelingSimulation } from '../../model/bone-remodeling/lemaire-model';
import { formatNumber, formatSigned } from '../format';
import { lineChartSvg } from './line-chart';

export type Scenario = 'menopause' | 'constant';
export type Variant = 'simple' | 'full';

/** Runs the Lemaire model for a scenario: estrogen level as a percentage of premenopausal (0–100). */
export function runScenario(scenario: Scenario, estrogenPercent: number, years = 10): RemodelingSimulation {
  const level = estrogenPercent / 100;
  return simulateRemodeling({ estrogen: scenario === 'menopause' ? menopauseEstrogen({ postmenopausalLevel: level }) : level, years });
}

const relative = (values: Float64Array, baseline: number) => values.map((v) => v / baseline);

/** The charts for a run: bone volume, and (full view) the cell and signal ratios. */
export function remodelingCharts(run: RemodelingSimulation, variant: Variant, titleId: string): string {
  const x = run.timeYears;
  const bone = lineChartSvg([{ label: 'Bone volume', values: run.boneVolumeChangePercent, cls: 'line-bone' }], {
    x, xLabel: 'Years', yLabel: '% change', reference: 0, titleId,
  });
  const b0 = run.B[0]!;
  const c0 = run.C[0]!;
  const cells =
    variant === 'simple'
      ? [
          { label: 'Building (osteoblasts)', values: relative(run.B, b0), cls: 'line-build' },
          { label: 'Removing (osteoclasts)', values: relative(run.C, c0), cls: 'line-remove', dash: '6 4' },
        ]
      : [
          { label: 'RANKL/OPG', values: relative(run.ranklOpgRatio, run.ranklOpgRatio[0]!), cls: 'line-ratio', dash: '2 3' },
          { label: 'Osteoclasts C', values: relative(run.C, c0), cls: 'line-remove', dash: '6 4' },
          { label: 'Osteoblasts B', values: relative(run.B, b0), cls: 'line-build' },
        ];
  const activity = lineChartSvg(cells, { x, xLabel: 'Years', yLabel: '× start', reference: 1, titleId, decimals: 1 });
  return `<div class="chart-pair"><div>${bone}</div><div>${activity}</div></div>`;
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
