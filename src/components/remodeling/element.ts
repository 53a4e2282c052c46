import { saveState } from '../widgets/save-state';
import { showIgnored } from '../widgets/show-ignored';
import { parseParams } from '../widgets/url-state';
import { describeRun, remodelingCharts, runScenario, type Scenario, type Variant } from './describe';

/**
 * `<remodeling-simulator>`: reruns the Lemaire model (≈ 0.3 ms for 10 years)
 * on every slider step, redraws the charts and rewrites the text equivalent
 * in a polite live region. State lives in the address:
 * `?scenario=menopause|constant&estrogen=0–100`.
 */
class RemodelingSimulator extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const answer = this.querySelector<HTMLElement>('[data-answer]');
    const chart = this.querySelector<HTMLElement>('[data-chart]');
    const output = this.querySelector<HTMLOutputElement>('[data-estrogen-output]');
    if (!form || !answer || !chart || !output) return;
    const variant = (this.dataset.variant === 'simple' ? 'simple' : 'full') as Variant;
    const titleId = this.querySelector('figcaption')?.id ?? '';
    const slider = form.elements.namedItem('estrogen') as HTMLInputElement;
    const scenario = () => (form.querySelector<HTMLInputElement>('input[name="scenario"]:checked')?.value === 'constant' ? 'constant' : 'menopause') as Scenario;

    const { values, ignored } = parseParams(new URLSearchParams(location.search), {
      scenario: { kind: 'choice', label: 'Scenario', choices: ['menopause', 'constant'], fallback: scenario() },
      estrogen: { kind: 'number', label: 'Estrogen level (%)', min: 0, max: 100, fallback: Number(slider.value), choices: Array.from({ length: 21 }, (_, i) => i * 5) },
    });
    (form.querySelector(`input[name="scenario"][value="${values.scenario}"]`) as HTMLInputElement).checked = true;
    slider.value = String(values.estrogen);
    showIgnored(this, ignored);

    const render = (save: boolean) => {
      const level = Number(slider.value);
      const run = runScenario(scenario(), level);
      output.textContent = `${level}%`;
      slider.setAttribute('aria-valuetext', `${level}% of premenopausal`);
      answer.innerHTML = describeRun(run, scenario(), level, variant);
      chart.innerHTML = remodelingCharts(run, variant, titleId);
      if (save) {
        saveState({ scenario: scenario(), estrogen: level });
      }
    };
    form.addEventListener('input', () => render(true));
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    render(false);
  }
}

if (!customElements.get('remodeling-simulator')) customElements.define('remodeling-simulator', RemodelingSimulator);
