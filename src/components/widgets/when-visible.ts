/**
 * Loads a widget's code only when one of its elements comes within 300 px of
 * the viewport, so an article with several widgets downloads each one's
 * JavaScript when the reader gets there (Astro's `client:visible` idea for
 * vanilla custom elements). The build-time render is readable meanwhile.
 */
export function whenVisible(tag: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(tag);
  if (elements.length === 0) return;
  if (!('IntersectionObserver' in window)) {
    void load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: '300px' },
  );
  elements.forEach((element) => observer.observe(element));
}
