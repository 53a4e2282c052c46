import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';

/**
 * Which KaTeX font face draws each character of a rendered formula, worked
 * out from KaTeX's own stylesheet (the rules that set font-family, -style or
 * -weight under `.katex`), so each face can be subset to exactly the
 * characters it draws. The MathML copy is skipped: browsers draw it (clipped,
 * for screen readers) in their own math font, not KaTeX's.
 */
interface Rule {
  /** Compounds right to left: each a list of classes, and whether it must be the direct parent of the previous one. */
  compounds: Array<{ classes: string[]; child: boolean; tag?: string }>;
  specificity: number;
  order: number;
  family?: string;
  style?: string;
  weight?: string;
}

export function fontRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let order = 0;
  for (const match of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const declarations = match[2]!;
    const family = /font-family:(KaTeX_\w+)/.exec(declarations)?.[1];
    const style = /font-style:(\w+)/.exec(declarations)?.[1];
    const weight = /font-weight:(\w+)/.exec(declarations)?.[1];
    if (!family && !style && !weight) continue;
    for (const selector of match[1]!.split(',')) {
      const s = selector.trim();
      if (!s.startsWith('.katex ') || /[:[~+]/.test(s)) continue;
      const tokens = s.slice('.katex '.length).replace(/\s*>\s*/g, ' > ').split(/\s+/);
      const compounds: Rule['compounds'] = [];
      let child = false;
      for (const token of tokens) {
        if (token === '>') {
          child = true;
          continue;
        }
        const tag = /^[a-z]+/.exec(token)?.[0];
        compounds.push({ classes: [...token.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!), child, tag });
        child = false;
      }
      compounds.reverse();
      const specificity = compounds.reduce((n, c) => n + c.classes.length * 100 + (c.tag ? 1 : 0), 100);
      rules.push({ compounds, specificity, order: order++, family, style, weight });
    }
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

const classesOf = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);
const matchesCompound = (element: Element, compound: Rule['compounds'][number]) =>
  (!compound.tag || element.tagName === compound.tag) && compound.classes.every((c) => classesOf(element).includes(c));

/** Does `rule` match the last element of `path` (its ancestors before it, inside .katex)? */
function matches(rule: Rule, path: Element[]): boolean {
  const [first, ...rest] = rule.compounds;
  if (!first || !matchesCompound(path[path.length - 1]!, first)) return false;
  let at = path.length - 1;
  for (const compound of rest) {
    // `compound` must match an ancestor: the direct parent if the compound to its right was a child (`>`) selector.
    const previous = rule.compounds[rule.compounds.indexOf(compound) - 1]!;
    if (previous.child) {
      at -= 1;
      if (at < 0 || !matchesCompound(path[at]!, compound)) return false;
    } else {
      do at -= 1;
      while (at >= 0 && !matchesCompound(path[at]!, compound));
      if (at < 0) return false;
    }
  }
  return true;
}

/** Face file name, e.g. KaTeX_Main-Regular, for a family, style and weight. */
function faceName(family: string, style: string, weight: string): string {
  const bold = weight === 'bold' || Number(weight) >= 600;
  const italic = style === 'italic';
  return `${family}-${bold && italic ? 'BoldItalic' : bold ? 'Bold' : italic ? 'Italic' : 'Regular'}`;
}

/** Adds each character of KaTeX's HTML output to the set of the face that draws it. */
export function collectFaceCharacters(html: string, rules: Rule[], into: Map<string, Set<number>>): void {
  const tree = fromHtmlIsomorphic(html, { fragment: true }) as Root;
  const walk = (node: ElementContent | Root, path: Element[], font: { family: string; style: string; weight: string }) => {
    if (node.type === 'text') {
      const face = faceName(font.family, font.style, font.weight);
      const set = into.get(face) ?? new Set<number>();
      for (const ch of node.value) set.add(ch.codePointAt(0)!);
      into.set(face, set);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let next = font;
    let nextPath = path;
    if (node.type === 'element') {
      if (classesOf(node).includes('katex-mathml')) return;
      nextPath = [...path, node];
      next = { ...font };
      for (const rule of rules) {
        if (!matches(rule, nextPath)) continue;
        if (rule.family) next.family = rule.family;
        if (rule.style) next.style = rule.style;
        if (rule.weight) next.weight = rule.weight;
      }
    }
    for (const child of node.children) walk(child as ElementContent, nextPath, next);
  };
  walk(tree, [], { family: 'KaTeX_Main', style: 'normal', weight: '400' });
}
