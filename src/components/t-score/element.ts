import type { Level } from '../../lib/content/levels';
import type { BoneDensitySite, Sex } from '../../model/bone-density/reference-data';
import { saveState } from '../widgets/save-state';
import { showIgnored } from '../widgets/show-ignored';
import { parseParams } from '../widgets/url-state';
import { evaluateTScore, tScoreScaleSvg } from './describe';

const SPECS = {
  site: { kind: 'choice', label: 'Site', choices: ['femoral-neck', 'total-hip'], fallback: 'femoral-neck' },
  sex: { kind: 'choice', label: 'Sex', choices: ['female', 'male'], fallback: 'female' },
  bmd: { kind: 'number', label: 'BMD (g/cm²)', min: 0.2, max: 2, fallback: 0.7 },
} as const;

/**
 * `<t-score-calculator>`: recomputes the T-score and WHO category as the
 * reader types, announces the result politely, and keeps site, sex and BMD
 * in the address (`?site=femoral-neck&sex=female&bmd=0.65`).
 */
class TScoreCalculator extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const answer = this.querySelector<HTMLElement>('[data-answer]');
    const chart = this.querySelector<HTMLElement>('[data-chart]');
    const error = this.querySelector<HTMLElement>('[data-error]');
    if (!form || !answer || !chart || !error) return;
    const level = (this.dataset.level ?? 'intermediate') as Level;
    const titleId = this.querySelector('figcaption')?.id ?? '';
    const bmdInput = form.elements.namedItem('bmd') as HTMLInputElement;

    const { values, ignored } = parseParams(new URLSearchParams(location.search), { ...SPECS, bmd: { ...SPECS.bmd, fallback: Number(bmdInput.value) } });
    const params = new URLSearchParams(location.search);
    (form.querySelector(`input[name="site"][value="${values.site}"]`) as HTMLInputElement).checked = true;
    (form.querySelector(`input[name="sex"][value="${values.sex}"]`) as HTMLInputElement).checked = true;
    if (params.has('bmd') && !ignored.some((i) => i.param === 'bmd')) bmdInput.value = String(values.bmd);
    showIgnored(this, ignored);

    const read = () => {
      const data = new FormData(form);
      return { site: String(data.get('site')).replace('-', ' ') as BoneDensitySite, sex: String(data.get('sex')) as Sex, bmd: bmdInput.valueAsNumber };
    };
    const render = (save: boolean) => {
      const input = read();
      const result = evaluateTScore(input, level);
      if (!result.ok) {
        error.textContent = Number.isNaN(input.bmd) ? 'Enter your BMD as a number, for example 0.712.' : result.message;
        bmdInput.setAttribute('aria-invalid', 'true');
        return;
      }
      error.textContent = '';
      bmdInput.removeAttribute('aria-invalid');
      answer.innerHTML = result.html;
      chart.innerHTML = tScoreScaleSvg(result.t, titleId);
      if (save) {
        saveState({ site: input.site.replace(' ', '-'), sex: input.sex, bmd: input.bmd });
      }
    };
    form.addEventListener('input', () => render(true));
    form.addEventListener("submit", (event) => event.preventDefault());
    form.hidden = false;
    render(false);
  }
}

if (!customElements.get('t-score-calculator')) customElements.define('t-score-calculator', TScoreCalculator);
