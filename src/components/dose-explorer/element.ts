import { oralEquivalentDose, type EstradiolRoute } from '../../model/dose-equivalence';
import type { DoseResponsePoint } from '../../model/dose-response';
import { formatDailyDose } from '../format';
import { parseParams } from '../widgets/url-state';
import { saveState } from '../widgets/save-state';
import { showIgnored } from '../widgets/show-ignored';
import { doseChartSvg } from './chart';
import { describeDose } from './describe';

interface DoseData {
  points: DoseResponsePoint[];
  steps: Record<EstradiolRoute, number[]>;
  numbers: Record<string, number>;
}

/**
 * `<dose-explorer>`: enhances the build-time render with a route choice and a
 * dose slider. Each change redraws the chart and rewrites the answer, which
 * sits in a polite live region so screen readers hear the new result.
 */
class DoseExplorerElement extends HTMLElement {
  connectedCallback(): void {
    const json = this.querySelector('script[data-dose-data]')?.textContent;
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    const slider = this.querySelector<HTMLInputElement>('input[type="range"]');
    const output = this.querySelector<HTMLOutputElement>('[data-dose-output]');
    const answer = this.querySelector<HTMLElement>('[data-answer]');
    const chart = this.querySelector<HTMLElement>('[data-chart]');
    const titleId = this.querySelector('figcaption')?.id ?? '';
    if (!json || !controls || !slider || !output || !answer || !chart) return;
    const data = JSON.parse(json) as DoseData;
    const route = (): EstradiolRoute => (this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value === 'transdermal' ? 'transdermal' : 'oral');
    const displayDose = (micrograms: number, r: EstradiolRoute) => (r === 'oral' ? micrograms / 1000 : micrograms);

    // Restore a shared state: ?route=oral|transdermal&dose=<mg/day for tablets, µg/day for patches>.
    const params = new URLSearchParams(location.search);
    const routeParam = parseParams(params, { route: { kind: 'choice', label: 'Route', choices: ['oral', 'transdermal'], fallback: route() } });
    const initialRoute = routeParam.values.route as EstradiolRoute;
    const doseChoices = data.steps[initialRoute].map((m) => displayDose(m, initialRoute));
    const doseParam = parseParams(params, {
      dose: { kind: 'number', label: `Dose (${initialRoute === 'oral' ? 'mg/day' : 'µg/day'})`, min: 0, max: 10000, fallback: doseChoices[Number(slider.value)] ?? doseChoices[0]!, choices: doseChoices },
    });
    this.querySelector<HTMLInputElement>(`input[type="radio"][value="${initialRoute}"]`)!.checked = true;
    slider.value = String(Math.max(0, doseChoices.indexOf(doseParam.values.dose)));
    showIgnored(this, [...routeParam.ignored, ...doseParam.ignored]);

    const saveToUrl = () => {
      const r = route();
      saveState({ route: r, dose: displayDose(data.steps[r][Number(slider.value)]!, r) });
    };

    const render = () => {
      const steps = data.steps[route()];
      slider.max = String(steps.length - 1);
      const dose = steps[Math.min(Number(slider.value), steps.length - 1)]!;
      const label = formatDailyDose(dose, route());
      output.textContent = label;
      slider.setAttribute('aria-valuetext', label);
      answer.innerHTML = describeDose(data.points, route(), dose, data.numbers);
      chart.innerHTML = doseChartSvg(data.points, { route: route(), microgramsPerDay: dose, oralEquivalentMg: oralEquivalentDose(route(), dose) }, titleId);
    };
    slider.addEventListener('input', () => {
      render();
      saveToUrl();
    });
    this.querySelectorAll('input[type="radio"]').forEach((radio) =>
      radio.addEventListener('change', () => {
        slider.value = '0';
        render();
        saveToUrl();
      }),
    );
    controls.hidden = false;
    render();
  }
}

if (!customElements.get('dose-explorer')) customElements.define('dose-explorer', DoseExplorerElement);
