let count = 0;
/** A build-wide counter giving each glossary tooltip a unique, deterministic id. */
export function nextOccurrence(): number {
  return ++count;
}
