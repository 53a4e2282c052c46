import { describeIgnored, type IgnoredParam } from './url-state';

/**
 * Shows, as plain text in the widget's `[data-url-note]` element, which link
 * parameters were ignored and why. Text only: a parameter can never inject markup.
 */
export function showIgnored(root: HTMLElement, ignored: IgnoredParam[]): void {
  const note = root.querySelector<HTMLElement>('[data-url-note]');
  if (!note || ignored.length === 0) return;
  note.textContent = describeIgnored(ignored);
  note.hidden = false;
}
