import { announce } from './announce';

const KEY = 'strata-theme';

/**
 * The theme toggle: follows the system colour scheme until the reader picks
 * one, then remembers the choice in localStorage (no cookies). The button is
 * hidden without JavaScript by CSS (`@media (scripting: none)` in global.css),
 * where the system setting applies; with scripts it is shown from the first
 * paint, so the header does not grow when this runs (no layout shift).
 */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const current = () => document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const label = () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    button.textContent = next === 'dark' ? 'Dark theme' : 'Light theme';
    button.setAttribute('aria-label', `Switch to ${next} theme`);
  };
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      /* storage may be disabled; the choice then lasts for this page */
    }
    label();
    announce(`${next === 'dark' ? 'Dark' : 'Light'} theme on`);
  });
  label();
}
