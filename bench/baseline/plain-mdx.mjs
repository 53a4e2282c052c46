/**
 * Turns a Strata article's MDX into plain MDX for the baseline site: the same
 * prose, math and frontmatter, with Strata's syntax replaced by plain text.
 *
 * - `## Title [#id]` loses its `[#id]` suffix (Astro slugs the heading instead);
 * - `[@a; @b]` citations become the plain text `(a; b)`;
 * - `<Term …>text</Term>` (and any other paired component) becomes `<span>text</span>`;
 * - `<Certainty level="x" />` becomes `<span>Certainty: x</span>`;
 * - `<TrialTable id="x" />` becomes a plain `<table>` of trial x's name, outcomes and
 *   summary, when `trial(id)` returns its record;
 * - any other self-closing component (the widgets) becomes a plain element
 *   naming it and its props: a `<figure>` when it stands on its own line, a
 *   `<span>` inside a paragraph. The text the widgets render at build time
 *   (their no-JavaScript fallbacks) is not reproduced.
 */
export function plainMdx(source, { trial } = {}) {
  const propsText = (props) =>
    [...props.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|\{([^}]*)\})/g)].map(([, name, quoted, braced]) => `${name} ${quoted ?? braced}`).join(', ');
  return source
    .replace(/^(#{2,6}\s.*?)\s*\[#[a-z0-9-]+\]\s*$/gm, '$1')
    .replace(/\[((?:@[^\];]+;\s*)*@[^\]]+)\]/g, (_, keys) => `(${keys.replace(/@/g, '')})`)
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*?>([\s\S]*?)<\/\1>/g, '<span>$2</span>')
    .replace(/<Certainty\s+level="([a-z-]+)"\s*\/>/g, '<span>Certainty: $1</span>')
    .replace(/^<TrialTable\s+id="([^"]+)"\s*\/>[ \t]*$/gm, (whole, id) => {
      const record = trial?.(id);
      return record ? trialTable(record) : whole;
    })
    .replace(/^([ \t]*)<([A-Z][A-Za-z]*)\b([^>]*?)\/>[ \t]*$/gm, (_, indent, name, props) => `${indent}<figure><figcaption>${name}${props.trim() ? `: ${propsText(props)}` : ''}</figcaption></figure>`)
    .replace(/<([A-Z][A-Za-z]*)\b([^>]*?)\/>/g, (_, name, props) => `<span>${name}${props.trim() ? `: ${propsText(props)}` : ''}</span>`);
}

/** Text for MDX: no JSX, no expressions. */
const text = (value) => String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');

/** A trial record as one plain table: the numbers a TrialTable shows, without its markup. */
function trialTable(record) {
  const arm = (id) => record.arms?.find((a) => a.id === id)?.label ?? id;
  const ci = (o) => (Array.isArray(o.ci) ? `${o.ci[0]} to ${o.ci[1]}` : o.se !== undefined ? `SE ${o.se}` : '');
  const rows = (record.outcomes ?? []).map(
    (o) => `<tr><td>${text(o.site)}</td><td>${text(o.measure)}</td><td>${text(arm(o.arm))} vs ${text(arm(o.versus))}</td><td>${text(o.effect)}</td><td>${text(o.estimate)}</td><td>${text(ci(o))}</td><td>${text(o.locator)}</td></tr>`,
  );
  return `<figure><figcaption>${text(record.name)}</figcaption><table><thead><tr><th>Site</th><th>Measure</th><th>Comparison</th><th>Effect</th><th>Estimate</th><th>Interval</th><th>Source</th></tr></thead><tbody>${rows.join('')}</tbody></table><p>${text(record.summary)}</p></figure>`;
}
