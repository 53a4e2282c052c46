import type { RelativeMeasure } from '../../model/absolute-risk/relative-effect';
import { defineWidget, enhanceForm, restoreState } from '../widgets/define-widget';
import { clearInputError, notANumberMessage, readDecimal, showInputError } from '../widgets/input-error';
import { saveState } from '../widgets/save-state';
import { describeRisk } from './describe';
import { iconArraySvg } from './icon-array';

const MEASURES: Record<string, RelativeMeasure> = { rr: 'risk ratio', hr: 'hazard ratio', or: 'odds ratio' };

/**
 * `<absolute-risk>`: turns a relative effect into people. Inputs live in the
 * address (`?baseline=12&rr=0.67&lo=0.5&hi=0.9&measure=hr&years=5&per=100`);
 * malformed values are ignored with a visible reason.
 */
defineWidget('absolute-risk', { form: 'form', answer: '[data-answer]', chart: '[data-chart]', error: '[data-error]' }, (root, { form, answer, chart, error }, signal) => {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const titleId = root.querySelector('figcaption')?.id ?? '';
  const eventName = root.dataset.event ?? 'the event';
  const num = (name: string) => readDecimal(field(name)) ?? Number.NaN;
  /** The typed numeric fields, with the words an error uses for each. */
  const NUMERIC = { baseline: 'The risk without treatment', rr: 'The estimate', lo: 'The lower limit', hi: 'The upper limit' } as const;
  const numericInputs = Object.keys(NUMERIC).map(field);

  const { values } = restoreState(root, {
    baseline: { kind: 'number', label: 'Baseline risk (%)', min: 0.1, max: 95, fallback: num('baseline') },
    rr: { kind: 'number', label: 'Relative effect', min: 0.05, max: 20, fallback: num('rr') },
    lo: { kind: 'number', label: 'Lower CI limit', min: 0.01, max: 20, fallback: num('lo') },
    hi: { kind: 'number', label: 'Upper CI limit', min: 0.05, max: 50, fallback: num('hi') },
    measure: { kind: 'choice', label: 'Measure', choices: ['rr', 'hr', 'or'], fallback: field('measure').value },
    years: { kind: 'number', label: 'Years', min: 1, max: 30, fallback: num('years') },
    per: { kind: 'choice', label: 'People shown', choices: ['100', '1000'], fallback: form.querySelector<HTMLInputElement>('input[name="per"]:checked')?.value ?? '100' },
  });
  for (const name of ['baseline', 'rr', 'lo', 'hi', 'years', 'measure'] as const) field(name).value = String(values[name]);
  (form.querySelector(`input[name="per"][value="${values.per}"]`) as HTMLInputElement).checked = true;

  enhanceForm(
    form,
    (save) => {
      const parts = { error, answer, chart };
      const unreadable = (Object.keys(NUMERIC) as Array<keyof typeof NUMERIC>).filter((name) => readDecimal(field(name)) === undefined);
      if (unreadable.length > 0) {
        const first = unreadable[0]!;
        showInputError(parts, notANumberMessage(NUMERIC[first], field(first).value, first === 'baseline' ? '12.5' : '0.75'), unreadable.map(field));
        return;
      }
      const per = form.querySelector<HTMLInputElement>('input[name="per"]:checked')?.value === '1000' ? 1000 : 100;
      const result = describeRisk({
        baselinePercent: num('baseline'),
        effect: { measure: MEASURES[field('measure').value] ?? 'risk ratio', estimate: num('rr'), ci: [num('lo'), num('hi')] },
        years: num('years'),
        per,
        eventName,
      });
      if (!result.ok) {
        showInputError(parts, result.message, []);
        return;
      }
      clearInputError(parts, numericInputs);
      answer.innerHTML = result.html;
      chart.innerHTML = iconArraySvg(result.counts, titleId);
      if (save) saveState({ ...Object.fromEntries(['baseline', 'rr', 'lo', 'hi', 'years'].map((name) => [name, num(name)])), measure: field('measure').value, per });
    },
    signal,
  );
});
