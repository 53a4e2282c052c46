import { defineWidget, enhanceForm } from '../widgets/define-widget';
import type { PooledRow } from './analyse';
import { describePooled } from './describe';
import { forestSvg, type ForestOptions, type ForestRow } from './forest-svg';

interface ForestData {
  studies: ForestRow[];
  pooled: PooledRow[];
  options: ForestOptions;
  measure: string;
  k: number;
}

/**
 * `<forest-plot>`: the build-time plot shows every pooling method at once;
 * with JavaScript, a method toggle shows one pooled diamond with its study
 * weights and announces its estimate and heterogeneity. The pooling itself
 * happened at build time: no statistics code is shipped.
 */
defineWidget('forest-plot', { json: 'script[data-forest-data]', form: 'form', answer: '[data-answer]', chart: '[data-chart]' }, (_root, { json, form, answer, chart }, signal) => {
  if (!json.textContent) return;
  const data = JSON.parse(json.textContent) as ForestData;
  if (data.pooled.length === 0) return; // one study: nothing to toggle
  enhanceForm(
    form,
    () => {
      const method = form.querySelector<HTMLInputElement>('input[name="method"]:checked')?.value;
      const row = data.pooled.find((p) => p.method === method) ?? data.pooled[0]!;
      const studies = data.studies.map((s, i) => ({ ...s, weight: row.weights[i] }));
      chart.innerHTML = forestSvg(studies, [row], data.options);
      answer.innerHTML = describePooled(row, data.measure, data.k);
    },
    signal,
    'change',
  );
});
