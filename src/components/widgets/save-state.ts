/**
 * Writes a widget's settings into the page address (keeping other parameters
 * and the #section), so the current view can be shared as a link.
 */
export function saveState(values: Record<string, string | number>): void {
  const next = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(values)) next.set(name, String(value));
  history.replaceState(history.state, '', `?${next}${location.hash}`);
}
