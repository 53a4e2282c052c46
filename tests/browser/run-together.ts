/**
 * Finds words run together by inline markup in a rendered page: places where
 * the visible text of one element ends and the next text begins with no
 * whitespace between, so a reader sees "fromWomen's", "evidence:Moderate" or
 * "ratio0.74". Runs inside the page (`page.evaluate(findRunTogether)`), so
 * it must not close over anything.
 *
 * Two consecutive visible text nodes are compared only when nothing but
 * inline elements lies between them (a block, table cell, list item, line
 * break, image, SVG or form control is a visual gap). The last character
 * before the boundary and the first after it form a defect when:
 *   - both are letters or digits ("thehome", "ratio0.74");
 *   - the first is `:`, `;` or `,` and the second a letter or digit
 *     ("evidence:Moderate");
 *   - the first is a letter or digit and the second opens something: any
 *     character but whitespace or closing punctuation ("example?site=", where
 *     `?` starts a code span; a `?` or `!` that ends the text is closing).
 *
 * Text from a template expression joins the text around it into one text
 * node, so a seam inside one node is checked too: a word starting in lower
 * case that turns into a capitalised word ("fromWomen's") or a lower-case
 * word glued to a decimal number ("ratio0.74"). Names such as PubMed or
 * DerSimonian start in upper case and pass; code, math and sub/superscripts
 * are not checked for seams.
 *
 * The allow rule, deliberately small: a boundary is not a defect when either
 * side is inside a sub- or superscript (`sub`, `sup`: "p<sub>1</sub>",
 * "10<sup>−3</sup>"), a citation marker (`.cite`, `[1, 2]` after a word), or
 * KaTeX output (`.katex`: math lays out its own glyphs); and hyphens, dashes
 * and slashes never count as letters, so "T-score" or "HR/RR" split across
 * elements pass. Text hidden from sight (display none, visibility hidden,
 * closed popovers and details) is skipped; visually hidden text for screen
 * readers is checked, since a screen reader runs it together too.
 */
export function findRunTogether(): string[] {
  const ALLOW = 'sub, sup, .cite, .katex';
  const SEPARATOR_TAGS = new Set(['BR', 'IMG', 'SVG', 'svg', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'HR', 'IFRAME', 'VIDEO', 'CANVAS', 'METER', 'PROGRESS', 'OUTPUT']);
  const WORD = /[\p{L}\p{N}]/u;
  const SPACE = /\s/u;
  const CLOSING = /[.,;:!?)\]}’”'"…%»†‡§*]/u;
  // A seam inside one text node, where a template joined two strings: a word that starts in lower
  // case and turns into a capitalised word ("fromWomen's"; PubMed, DerSimonian start upper case and
  // pass), or a lower-case word glued to a decimal number ("ratio0.74"; djv350, Runx2 pass).
  const SEAM = /(?<![\p{L}\p{N}])\p{Ll}{2,}\p{Lu}\p{Ll}|(?<![\p{L}\p{N}])\p{Ll}{3,}\d+[.,]\d/gu;
  const LITERAL = 'code, pre, kbd, samp, .katex, sub, sup';

  const visible = (element: Element): boolean =>
    element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && !element.closest('details:not([open]) > :not(summary)');
  const isInlineBox = (element: Element): boolean => {
    if (SEPARATOR_TAGS.has(element.tagName)) return false;
    const display = getComputedStyle(element).display;
    return display.startsWith('inline') || display === 'contents';
  };

  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || text.data.length === 0) continue;
    if (parent.closest('script, style, noscript, template, .katex-mathml')) continue;
    if (!visible(parent)) continue;
    texts.push(text);
  }

  /** True when only inline boxes (and whitespace-free inline content) separate `a` from `b`. */
  const inlineBetween = (a: Text, b: Text): boolean => {
    const range = document.createRange();
    range.setStartAfter(a);
    range.setEndBefore(b);
    const common = range.commonAncestorContainer;
    // Every element the boundary leaves or enters, up to the common ancestor.
    for (const side of [a, b]) {
      for (let el = side.parentElement; el && el !== common; el = el.parentElement) {
        if (!isInlineBox(el)) return false;
      }
    }
    // Elements wholly between them (an <img>, <br>, an empty block).
    const inner = document.createTreeWalker(common, NodeFilter.SHOW_ELEMENT);
    inner.currentNode = a;
    for (let el = inner.nextNode() as Element | null; el; el = inner.nextNode() as Element | null) {
      if (el.contains(b)) continue;
      if (el.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING) break;
      if (!range.intersectsNode(el)) continue;
      if (!visible(el)) continue;
      if (!isInlineBox(el)) return false;
    }
    return true;
  };

  const problems: string[] = [];
  for (const text of texts) {
    if (text.parentElement!.closest(LITERAL)) continue;
    for (const match of text.data.matchAll(SEAM)) {
      const at = match.index + match[0].search(/[\p{Lu}\d]/u);
      problems.push(`"${text.data.slice(Math.max(0, at - 30), at).replace(/\s+/gu, ' ')}⟨here⟩${text.data.slice(at, at + 30).replace(/\s+/gu, ' ')}" (inside <${text.parentElement!.tagName.toLowerCase()}>)`);
    }
  }
  for (let i = 1; i < texts.length; i++) {
    const before = texts[i - 1]!;
    const after = texts[i]!;
    if (before.parentElement === after.parentElement && before.nextSibling === after) continue;
    const last = before.data.at(-1)!;
    const first = after.data[0]!;
    if (SPACE.test(last) || SPACE.test(first)) continue;
    const closing = CLOSING.test(first) && !((first === '?' || first === '!') && after.data.length > 1 && !SPACE.test(after.data[1]!));
    const defect = (WORD.test(last) && WORD.test(first)) || (/[:;,]/u.test(last) && WORD.test(first)) || (WORD.test(last) && !closing && !WORD.test(first));
    if (!defect) continue;
    if (before.parentElement!.closest(ALLOW) || after.parentElement!.closest(ALLOW)) continue;
    if (!inlineBetween(before, after)) continue;
    const tail = before.data.replace(/\s+/gu, ' ').slice(-30);
    const head = after.data.replace(/\s+/gu, ' ').slice(0, 30);
    problems.push(`"${tail}⟨here⟩${head}" (<${before.parentElement!.tagName.toLowerCase()}> → <${after.parentElement!.tagName.toLowerCase()}>)`);
  }
  return problems;
}
