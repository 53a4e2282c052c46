/**
 * Appends a Pagefind excerpt (text with `<mark>` around matches) to `target`
 * as text nodes and `<mark>` elements only, so nothing in an excerpt can ever
 * become markup or script.
 */
export function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  for (const node of Array.from(parsed?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}
