import { defineWidget, enhanceForm, restoreState } from '../widgets/define-widget';
import { saveState } from '../widgets/save-state';
import { remodelingCharts } from './charts';
import { describeRun, runScenario, type Scenario, type Variant } from './describe';

/**
 * `<remodeling-simulator>`: reruns the Lemaire model (≈ 0.3 ms for 10 years)
 * on every slider step, redraws the charts and rewrites the text equivalent
 * in a polite live region. State lives in the address:
 * `?scenario=menopause|constant&estrogen=0–100`.
 */
defineWidget(
  'remodeling-simulator',
  { form: 'form', answer: '[data-answer]', chart: '[data-chart]', output: '[data-estrogen-output]' },
  (root, { form, answer, chart, output }, signal) => {
    const variant = (root.dataset.variant === 'simple' ? 'simple' : 'full') as Variant;
    const titleId = root.querySelector('figcaption')?.id ?? '';
    const slider = form.elements.namedItem('estrogen') as HTMLInputElement;
    const scenario = () => (form.querySelector<HTMLInputElement>('input[name="scenario"]:checked')?.value === 'constant' ? 'constant' : 'menopause') as Scenario;

    const { values } = restoreState(root, {
      scenario: { kind: 'choice', label: 'Scenario', choices: ['menopause', 'constant'], fallback: scenario() },
      estrogen: { kind: 'number', label: 'Estrogen level (%)', min: 0, max: 100, fallback: Number(slider.value), choices: Array.from({ length: 21 }, (_, i) => i * 5) },
    });
    (form.querySelector(`input[name="scenario"][value="${values.scenario}"]`) as HTMLInputElement).checked = true;
    slider.value = String(values.estrogen);

    enhanceForm(
      form,
      (save) => {
        const level = Number(slider.value);
        const run = runScenario(scenario(), level);
        output.textContent = `${level}%`;
        slider.setAttribute('aria-valuetext', `${level}% of premenopausal`);
        answer.innerHTML = describeRun(run, scenario(), level, variant);
        chart.innerHTML = remodelingCharts(run, variant, titleId);
        if (save) saveState({ scenario: scenario(), estrogen: level });
      },
      signal,
    );
  },
);
