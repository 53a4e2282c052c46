/**
 * Tracks which section the reader is in. The table of contents marks it
 * (`aria-current="location"`), and the level switcher's links point at the
 * same section at the other depths. Where content/depth-gaps.yaml declares
 * that a depth lacks the section, the link goes to the section declared for
 * that depth and the switcher says so; otherwise it falls back to the
 * enclosing h2, then to the top of the page.
 */
export function initSectionTracking(): void {
  const switcher = document.querySelector<HTMLElement>('[data-level-switcher]');
  const headings = [...document.querySelectorAll<HTMLElement>('.doc-section > .section-heading > :is(h2, h3)[id]')];
  if (headings.length === 0) return;
  const sectionsByLevel: Record<string, string[]> = switcher ? JSON.parse(switcher.dataset.sections ?? '{}') : {};
  const gaps: Record<string, Record<string, string>> = switcher ? JSON.parse(switcher.dataset.gaps ?? '{}') : {};
  const note = switcher?.querySelector<HTMLElement>('[data-level-switcher-note]');

  const parentOf = (heading: HTMLElement) =>
    heading.closest('.doc-section-2')?.querySelector<HTMLElement>(':scope > .section-heading > h2[id]')?.id;

  const update = () => {
    const line = innerHeight * 0.25;
    let current: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading;
      else break;
    }
    if (!current && location.hash) current = headings.find((h) => `#${h.id}` === location.hash);
    document.querySelectorAll('.toc a[aria-current]').forEach((a) => a.removeAttribute('aria-current'));
    if (current) document.querySelector(`.toc a[href="#${CSS.escape(current.id)}"]`)?.setAttribute('aria-current', 'location');
    const missing: string[] = [];
    // The switcher at the top and the page tools' depth list (src/components/PageTools.astro) both follow the reader.
    document.querySelectorAll<HTMLAnchorElement>('[data-level-switcher] a[data-level], [data-level-links] a[data-level]').forEach((link) => {
      const level = link.dataset.level ?? '';
      const ids = sectionsByLevel[level] ?? [];
      const base = link.getAttribute('href')!.split('#')[0];
      const declared = current ? gaps[current.id]?.[level] : undefined;
      if (declared && link.closest('[data-level-switcher]')) missing.push(link.textContent!.trim());
      const candidates = current ? [current.id, declared, parentOf(current)] : [];
      const match = candidates.find((id) => id && ids.includes(id));
      link.setAttribute('href', match ? `${base}#${match}` : base!);
    });
    const message = missing.length ? `${missing.join(' and ')} ha${missing.length > 1 ? 've' : 's'} no section “${current!.textContent!.trim()}”; switching takes you to the closest one.` : '';
    if (note && note.textContent !== message) {
      note.hidden = !message;
      note.textContent = message;
    }
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  addEventListener('hashchange', update);
  // First run in the next frame, not during script evaluation, so reading
  // heading positions does not force an extra layout while the page loads.
  requestAnimationFrame(update);
}
