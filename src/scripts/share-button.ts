/**
 * "Share this section" buttons (`[data-share-button]`, rendered hidden by
 * src/lib/markdown/rehype-share-controls.ts beside the section's short link):
 * shown once this runs. A click opens the browser's share sheet where there
 * is one (`navigator.share`); otherwise it copies the short link's full
 * address, and the button reads "Copied" while the bar's live region
 * announces it. Without JavaScript the short link stays visible as text.
 */
export function initShareButtons(): void {
  const bars = document.querySelectorAll<HTMLElement>('[data-share]');
  for (const bar of bars) {
    const button = bar.querySelector<HTMLButtonElement>('[data-share-button]');
    const link = bar.querySelector<HTMLAnchorElement>('[data-share-link]');
    const status = bar.querySelector<HTMLElement>('[role="status"]');
    if (!button || !link || !status) continue;
    const label = button.textContent;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (message: string) => {
      status.textContent = message;
      button.textContent = message;
      button.toggleAttribute('data-copied', true);
      clearTimeout(timer);
      timer = setTimeout(() => {
        status.textContent = '';
        button.textContent = label;
        button.removeAttribute('data-copied');
      }, 4000);
    };
    button.addEventListener('click', async () => {
      const url = link.href;
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title: document.title, url });
          return;
        } catch (error) {
          if ((error as Error).name === 'AbortError') return; // The reader closed the sheet.
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say('Copied');
      } catch {
        say('Copy the link shown');
      }
    });
    button.hidden = false;
  }
}
