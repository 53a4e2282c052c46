import { announce } from './announce';

/**
 * Section links (`a[data-copy-link]`) copy the section's full URL. Without
 * JavaScript, or if the clipboard is unavailable, they simply go to the
 * section, whose address the reader can copy from the address bar.
 */
export function initCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      return; // Let the browser follow the link instead.
    }
    event.preventDefault();
    history.replaceState(null, '', url);
    link.setAttribute('data-copied', '');
    setTimeout(() => link.removeAttribute('data-copied'), 2500);
    announce(`Link to this section copied: ${url}`);
  });
}
