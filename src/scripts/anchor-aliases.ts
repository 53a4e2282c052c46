/**
 * A visitor who arrives on a renamed section's old `#id` is moved to the new
 * one (content/aliases.yaml), so links sent before the rename keep working.
 */
export function initAnchorAliases(): void {
  const main = document.getElementById('main');
  const raw = main?.dataset.anchorAliases;
  if (!raw) return;
  const aliases = JSON.parse(raw) as Record<string, string>;
  const remap = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = aliases[id];
    if (!target || document.getElementById(id)) return;
    history.replaceState(history.state, '', `#${target}`);
    document.getElementById(target)?.scrollIntoView();
    // :target styles follow the URL only on navigation; re-apply the highlight.
    document.getElementById(target)?.closest('.doc-section')?.classList.add('is-target');
  };
  remap();
  addEventListener('hashchange', remap);
}
