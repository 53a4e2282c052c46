import type { Element, ElementContent } from 'hast';

/**
 * The one place a citation marker is defined: how a page numbers its
 * references (in order of first citation) and the markup of a marker
 * (`[1, 2]`, each number a link to the page's reference list). Article prose
 * (remark-citations), components (CiteNumber.astro), the dose explorer's live
 * text and tool pages all render markers through this file. No dependencies,
 * so the browser code can use it too.
 */

/** A page's citation numbers, assigned in order of first citation. */
export class CitationNumbering {
  readonly keys: string[] = [];

  /** The number of `key`, assigning the next one on its first citation. */
  numberOf(key: string): number {
    let index = this.keys.indexOf(key);
    if (index === -1) index = this.keys.push(key) - 1;
    return index + 1;
  }

  /** `{key: number}` for every key numbered so far. */
  numbers(): Record<string, number> {
    return Object.fromEntries(this.keys.map((key, i) => [key, i + 1]));
  }
}

/** Numbers a page's citations 1…n in the given order (tool and evidence pages); `numbers` is the JSON components take as `citeNumbers`. */
export function numberCitations(keys: readonly string[]): { keys: string[]; numbers: string; byKey: Record<string, number> } {
  const numbering = new CitationNumbering();
  for (const key of keys) numbering.numberOf(key);
  const byKey = numbering.numbers();
  return { keys: numbering.keys, numbers: JSON.stringify(byKey), byKey };
}

/** One marker inside a group; `tip` adds the popover with the full reference (article prose). */
export interface Marker {
  key: string;
  /** The page's number for the key; without one the marker says "ref" and links to /references/. */
  number: number | undefined;
  tip?: { id: string; text: string };
  /** The marker's own id (`cite-<key>-<n>`, article prose), the target of the reference list's back-links. */
  id?: string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** hast for a citation group: `[1, 2]`, each number a link (and, with `tip`, a popover). */
export function citationGroupHast(markers: readonly Marker[]): ElementContent[] {
  const children: ElementContent[] = [text('[')];
  markers.forEach((marker, i) => {
    if (i > 0) children.push(text(', '));
    const href = marker.number === undefined ? `/references/#ref-${marker.key}` : `#ref-${marker.key}`;
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { ...(marker.id ? { id: marker.id } : {}), href, className: ['cite-link'], ...(marker.tip ? { ariaDescribedBy: [marker.tip.id] } : {}), dataCite: marker.key },
      children: [text(marker.number === undefined ? 'ref' : String(marker.number))],
    };
    const tip: Element[] = marker.tip
      ? [{ type: 'element', tagName: 'span', properties: { role: 'tooltip', id: marker.tip.id, className: ['cite-tip'] }, children: [text(marker.tip.text)] }]
      : [];
    children.push({ type: 'element', tagName: 'span', properties: { className: ['cite'] }, children: [link, ...tip] });
  });
  children.push(text(']'));
  return children;
}

const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', ariaDescribedBy: 'aria-describedby', ariaHidden: 'aria-hidden', dataCite: 'data-cite' };
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialises the small hast a marker (or a reference's back-links) is made of: elements with string/array properties, and text. */
export function toHtml(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escape(node.value);
      if (node.type !== 'element') return '';
      const attributes = Object.entries(node.properties)
        .map(([name, value]) => ` ${ATTRIBUTE_NAMES[name] ?? name}="${escape(Array.isArray(value) ? value.join(' ') : String(value))}"`)
        .join('');
      return `<${node.tagName}${attributes}>${toHtml(node.children)}</${node.tagName}>`;
    })
    .join('');
}

/** HTML of the marker for one key, numbered by `numbers` (components and the browser code). */
export function citationMarkerHtml(key: string, numbers: Readonly<Record<string, number>>): string {
  return toHtml(citationGroupHast([{ key, number: numbers[key] }]));
}
