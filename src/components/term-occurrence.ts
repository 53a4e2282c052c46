const counts = new WeakMap<object, number>();
/**
 * Numbers the glossary tooltips of one page 1, 2, 3… (pass `Astro.request`,
 * which is one object per page render). Per page rather than per build, so a
 * page's ids do not depend on which other pages were rendered before it: an
 * incremental build that skips pages must produce the same bytes as a cold one.
 */
export function nextOccurrence(page: object): number {
  const next = (counts.get(page) ?? 0) + 1;
  counts.set(page, next);
  return next;
}
