import type { Level } from '../../lib/content/levels';
import type { BoneDensitySite, Sex } from '../../model/bone-density/reference-data';
import { defineWidget, enhanceForm, restoreState } from '../widgets/define-widget';
import { clearInputError, notANumberMessage, readDecimal, showInputError } from '../widgets/input-error';
import { saveState } from '../widgets/save-state';
import { evaluateTScore } from './describe';
import { tScoreScaleSvg } from './scale-chart';

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
defineWidget('t-score-calculator', { form: 'form', answer: '[data-answer]', chart: '[data-chart]', error: '[data-error]' }, (root, { form, answer, chart, error }, signal) => {
  const level = (root.dataset.level ?? 'intermediate') as Level;
  const titleId = root.querySelector('figcaption')?.id ?? '';
  const bmdInput = form.elements.namedItem('bmd') as HTMLInputElement;

  const { values, given } = restoreState(root, { ...SPECS, bmd: { ...SPECS.bmd, fallback: readDecimal(bmdInput) ?? SPECS.bmd.fallback } });
  (form.querySelector(`input[name="site"][value="${values.site}"]`) as HTMLInputElement).checked = true;
  (form.querySelector(`input[name="sex"][value="${values.sex}"]`) as HTMLInputElement).checked = true;
  if (given('bmd')) bmdInput.value = String(values.bmd);

  const read = () => {
    const data = new FormData(form);
    return { site: String(data.get('site')).replace('-', ' ') as BoneDensitySite, sex: String(data.get('sex')) as Sex, bmd: readDecimal(bmdInput) };
  };
  enhanceForm(
    form,
    (save) => {
      const input = read();
      const parts = { error, answer, chart };
      if (input.bmd === undefined) {
        showInputError(parts, notANumberMessage('Your BMD', bmdInput.value, '0.712'), [bmdInput]);
        return;
      }
      const result = evaluateTScore({ ...input, bmd: input.bmd }, level);
      if (!result.ok) {
        showInputError(parts, result.message, [bmdInput]);
        return;
      }
      clearInputError(parts, [bmdInput]);
      answer.innerHTML = result.html;
      chart.innerHTML = tScoreScaleSvg(result.t, titleId);
      if (save) saveState({ site: input.site.replace(' ', '-'), sex: input.sex, bmd: input.bmd });
    },
    signal,
  );
});
