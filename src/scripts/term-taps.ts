/**
 * Glossary terms on a touch screen: a tap opens the term's definition in
 * place instead of leaving the article for /glossary/; a second tap on it,
 * a tap anywhere else or Escape closes it. Mouse and keyboard keep the CSS
 * behaviour (hover and focus show the definition; Enter follows the link).
 * Without JavaScript a tap follows the link to the glossary entry.
 */
export function initTermTaps(): void {
  let touch = false;
  const close = (except?: Element) =>
    document.querySelectorAll('.term[data-open]').forEach((term) => {
      if (term === except) return;
      term.removeAttribute('data-open');
      term.setAttribute('data-dismissed', '');
    });
  document.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'), { capture: true, passive: true });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('.term-link');
    const term = link?.closest('.term');
    if (!touch || !link || !term) {
      close();
      return;
    }
    event.preventDefault();
    close(term);
    if (term.hasAttribute('data-open')) {
      close();
      (link as HTMLElement).blur();
    } else {
      term.removeAttribute('data-dismissed');
      term.setAttribute('data-open', '');
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}
