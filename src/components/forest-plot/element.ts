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
class ForestPlotElement extends HTMLElement {
  connectedCallback(): void {
    const json = this.querySelector('script[data-forest-data]')?.textContent;
    const form = this.querySelector<HTMLFormElement>('form');
    const answer = this.querySelector<HTMLElement>('[data-answer]');
    const chart = this.querySelector<HTMLElement>('[data-chart]');
    if (!json || !form || !answer || !chart) return;
    const data = JSON.parse(json) as ForestData;
    const render = () => {
      const method = form.querySelector<HTMLInputElement>('input[name="method"]:checked')?.value;
      const row = data.pooled.find((p) => p.method === method) ?? data.pooled[0]!;
      const studies = data.studies.map((s, i) => ({ ...s, weight: row.weights[i] }));
      chart.innerHTML = forestSvg(studies, [row], data.options);
      answer.innerHTML = describePooled(row, data.measure, data.k);
    };
    form.addEventListener('change', render);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    render();
  }
}

if (!customElements.get('forest-plot')) customElements.define('forest-plot', ForestPlotElement);
