import { parseDecimal } from '../../model/parse-decimal';

/** The parts of a widget an input error touches. */
export interface ResultParts {
  /** The `role="alert"` paragraph that says what to fix. */
  error: HTMLElement;
  /** The text answer (an `aria-live` region). */
  answer: HTMLElement;
  /** The chart, or nothing. */
  chart?: HTMLElement;
}

/**
 * Reads a widget's numeric field as the reader typed it, decimal comma
 * included ("0,712"); `undefined` when it is not a number.
 */
export function readDecimal(input: HTMLInputElement): number | undefined {
  return parseDecimal(input.value);
}

/** What to tell a reader whose `label` field holds text that is not a number. */
export function notANumberMessage(label: string, raw: string, example: string): string {
  const shown = raw.trim() === '' ? 'empty' : `"${raw.trim().slice(0, 24)}", not a number`;
  return `${label} is ${shown}. Type a number, with a point or a comma before the decimals, for example ${example} or ${example.replace('.', ',')}.`;
}

/**
 * Shows an input error and withdraws the previous result, so no stale answer
 * stands under it: the answer is emptied, the chart greyed and hidden from
 * assistive technology (`data-stale`, styled in global.css), the fields named
 * in `invalid` marked `aria-invalid`, and the message written into the alert.
 */
export function showInputError(parts: ResultParts, message: string, invalid: readonly HTMLInputElement[]): void {
  parts.error.textContent = message;
  parts.answer.replaceChildren();
  parts.answer.dataset.stale = '';
  if (parts.chart) {
    parts.chart.dataset.stale = '';
    parts.chart.setAttribute('aria-hidden', 'true');
  }
  for (const input of invalid) input.setAttribute('aria-invalid', 'true');
}

/** Clears what showInputError set, before a valid result is drawn. */
export function clearInputError(parts: ResultParts, inputs: readonly HTMLInputElement[]): void {
  parts.error.textContent = '';
  delete parts.answer.dataset.stale;
  if (parts.chart) {
    delete parts.chart.dataset.stale;
    parts.chart.removeAttribute('aria-hidden');
  }
  for (const input of inputs) input.removeAttribute('aria-invalid');
}
