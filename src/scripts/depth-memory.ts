import { LEVEL_LABELS } from '../lib/content/levels';

const KEY = 'strata-depth';

/**
 * Remembers the reading depth a reader last chose (localStorage, no cookies)
 * and, on topic pages, offers that depth first. Without JavaScript or storage
 * nothing changes: every depth stays one link away.
 */
export function initDepthMemory(): void {
  const chosen = document.querySelector<HTMLElement>('[data-level-switcher] a[aria-current="page"]')?.dataset.level ?? document.querySelector<HTMLElement>('[data-remember-depth]')?.dataset.rememberDepth;
  try {
    if (chosen) localStorage.setItem(KEY, chosen);
    const remembered = localStorage.getItem(KEY);
    const offer = document.querySelector<HTMLElement>('[data-depth-offer]');
    if (!offer || !remembered || !(remembered in LEVEL_LABELS)) return;
    const link = offer.querySelector<HTMLAnchorElement>('a')!;
    link.href = `${offer.dataset.depthOffer}${remembered}/`;
    link.textContent = `Continue at ${LEVEL_LABELS[remembered as keyof typeof LEVEL_LABELS]}, the depth you chose last time`;
    offer.hidden = false;
  } catch {
    /* storage disabled: nothing to remember */
  }
}
