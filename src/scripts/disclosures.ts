/**
 * Share and cite-this panels are native <details> (they work without
 * JavaScript). This adds what keyboard users expect of a popup panel:
 * Escape closes the open panel and returns focus to its summary.
 */
export function initDisclosures(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const panel = (event.target as Element | null)?.closest?.('details[open]');
    if (!panel) return;
    panel.removeAttribute('open');
    panel.querySelector<HTMLElement>('summary')?.focus();
  });
}
