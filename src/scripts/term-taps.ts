/**
 * Glossary terms on a touch screen: a tap opens the term's definition in
 * place instead of leaving the article for /glossary/; a second tap on it,
 * a tap anywhere else or Escape closes it. The open definition ends with a
 * "Full entry" link to the term's glossary entry (the link the tap did not
 * follow), added on the first tap. Mouse and keyboard keep the CSS
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
      addFullEntryLink(term, link as HTMLAnchorElement);
      term.removeAttribute('data-dismissed');
      term.setAttribute('data-open', '');
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}

/** Appends "Full entry" (the href of the term’s own link, /glossary/#id, as written) to the term's definition, once. */
function addFullEntryLink(term: Element, link: HTMLAnchorElement): void {
  const tip = term.querySelector('.cite-tip');
  if (!tip || tip.querySelector('.term-full')) return;
  const full = document.createElement('a');
  full.className = 'term-full';
  full.setAttribute('href', link.getAttribute('href') ?? '/glossary/');
  full.textContent = 'Full entry';
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` for ${tip.querySelector('strong')?.textContent?.replace(/:$/, '') ?? 'this term'} in the glossary`;
  full.append(hidden);
  tip.append(' ', full);
}
