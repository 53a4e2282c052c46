import { oralEquivalentDose, type EstradiolRoute } from '../../model/dose-equivalence';
import type { DoseResponsePoint } from '../../model/dose-response';
import { formatDailyDose } from '../format';
import { defineWidget } from '../widgets/define-widget';
import { saveState } from '../widgets/save-state';
import { showIgnored } from '../widgets/show-ignored';
import { parseParams } from '../widgets/url-state';
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
defineWidget(
  'dose-explorer',
  { json: 'script[data-dose-data]', controls: '[data-controls]', slider: 'input[type="range"]', output: '[data-dose-output]', answer: '[data-answer]', chart: '[data-chart]' },
  (root, { json, controls, slider, output, answer, chart }, signal) => {
    if (!json.textContent || !(slider instanceof HTMLInputElement)) return;
    const data = JSON.parse(json.textContent) as DoseData;
    const titleId = root.querySelector('figcaption')?.id ?? '';
    const route = (): EstradiolRoute => (root.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value === 'transdermal' ? 'transdermal' : 'oral');
    const displayDose = (micrograms: number, r: EstradiolRoute) => (r === 'oral' ? micrograms / 1000 : micrograms);

    // Restore a shared state: ?route=oral|transdermal&dose=<mg/day for tablets, µg/day for patches>.
    // The dose's choices depend on the route, so the two are read in turn.
    const params = new URLSearchParams(location.search);
    const routeParam = parseParams(params, { route: { kind: 'choice', label: 'Route', choices: ['oral', 'transdermal'], fallback: route() } });
    const initialRoute = routeParam.values.route as EstradiolRoute;
    const doseChoices = data.steps[initialRoute].map((m) => displayDose(m, initialRoute));
    const doseParam = parseParams(params, {
      dose: { kind: 'number', label: `Dose (${initialRoute === 'oral' ? 'mg/day' : 'µg/day'})`, min: 0, max: 10000, fallback: doseChoices[Number(slider.value)] ?? doseChoices[0]!, choices: doseChoices },
    });
    root.querySelector<HTMLInputElement>(`input[type="radio"][value="${initialRoute}"]`)!.checked = true;
    slider.value = String(Math.max(0, doseChoices.indexOf(doseParam.values.dose)));
    showIgnored(root, [...routeParam.ignored, ...doseParam.ignored]);

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
    slider.addEventListener(
      'input',
      () => {
        render();
        saveToUrl();
      },
      { signal },
    );
    root.querySelectorAll('input[type="radio"]').forEach((radio) =>
      radio.addEventListener(
        'change',
        () => {
          slider.value = '0';
          render();
          saveToUrl();
        },
        { signal },
      ),
    );
    controls.hidden = false;
    render();
  },
);
