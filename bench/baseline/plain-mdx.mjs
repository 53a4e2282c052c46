/**
 * Turns a Strata article's MDX into plain MDX for the baseline site: the same
 * prose, math and frontmatter, with Strata's syntax replaced by plain text.
 *
 * - `## Title [#id]` loses its `[#id]` suffix (Astro slugs the heading instead);
 * - `[@a; @b]` citations become the plain text `(a; b)`;
 * - `<Term …>text</Term>` (and any other paired component) becomes `<span>text</span>`;
 * - `<Certainty level="x" />` becomes `<span>Certainty: x</span>`;
 * - any other self-closing component (`<TrialTable id="…" />`, widgets) becomes a
 *   plain element naming it and its props: a `<figure>` when it stands on its
 *   own line, a `<span>` inside a paragraph. The text those components render
 *   from trial records (tables, widget fallbacks) is not reproduced.
 */
export function plainMdx(source) {
  const propsText = (props) =>
    [...props.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|\{([^}]*)\})/g)].map(([, name, quoted, braced]) => `${name} ${quoted ?? braced}`).join(', ');
  return source
    .replace(/^(#{2,6}\s.*?)\s*\[#[a-z0-9-]+\]\s*$/gm, '$1')
    .replace(/\[((?:@[^\];]+;\s*)*@[^\]]+)\]/g, (_, keys) => `(${keys.replace(/@/g, '')})`)
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*?>([\s\S]*?)<\/\1>/g, '<span>$2</span>')
    .replace(/<Certainty\s+level="([a-z-]+)"\s*\/>/g, '<span>Certainty: $1</span>')
    .replace(/^([ \t]*)<([A-Z][A-Za-z]*)\b([^>]*?)\/>[ \t]*$/gm, (_, indent, name, props) => `${indent}<figure><figcaption>${name}${props.trim() ? `: ${propsText(props)}` : ''}</figcaption></figure>`)
    .replace(/<([A-Z][A-Za-z]*)\b([^>]*?)\/>/g, (_, name, props) => `<span>${name}${props.trim() ? `: ${propsText(props)}` : ''}</span>`);
}
