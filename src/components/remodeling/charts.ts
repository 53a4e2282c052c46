import type { RemodelingSimulation } from '../../model/bone-remodeling/lemaire-model';
import type { Variant } from './describe';
import { lineChartSvg } from './line-chart';

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
