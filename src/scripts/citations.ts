/**
 * Citation popovers are shown by CSS on hover and focus. This adds what CSS
 * cannot do: Escape dismisses the open popover (WCAG 1.4.13), and a popover
 * near the viewport edge is shifted to stay fully visible.
 */
export function initCitations(): void {
  const reopen = (cite: Element) => cite.removeAttribute('data-dismissed');
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.cite:hover, .cite:focus-within').forEach((cite) => cite.setAttribute('data-dismissed', ''));
  });
  const place = (event: Event) => {
    const cite = (event.target as Element | null)?.closest?.('.cite');
    if (!(cite instanceof HTMLElement)) return;
    if (event.type === 'focusin' || event.type === 'mouseover') reopen(cite);
    const tip = cite.querySelector<HTMLElement>('.cite-tip');
    if (!tip) return;
    tip.style.removeProperty('--shift');
    const box = tip.getBoundingClientRect();
    const margin = 8;
    let shift = 0;
    if (box.left < margin) shift = margin - box.left;
    else if (box.right > innerWidth - margin) shift = innerWidth - margin - box.right;
    if (shift) tip.style.setProperty('--shift', `${Math.round(shift)}px`);
  };
  document.addEventListener('focusin', place);
  document.addEventListener('mouseover', place);
}
