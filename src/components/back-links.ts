import type { ElementContent } from 'hast';
import type { CitationSite } from '../lib/markdown/remark-citations';
import { toHtml } from './citation-marker';

/** Letters of the back-links of a reference cited several times: a, b, … z, aa, ab, … */
export function backLinkLetter(index: number): string {
  const letter = (n: number) => String.fromCharCode(97 + n);
  return index < 26 ? letter(index) : backLinkLetter(Math.floor(index / 26) - 1) + letter(index % 26);
}

/**
 * The accessible name of a back-link: "Back to citation 2 in ‘Risks’", with
 * "(place 1 of 3)" when the reference is cited in several places.
 */
export function backLinkLabel(number: number, section: string, place?: { n: number; of: number }): string {
  const where = section ? ` in ‘${section}’` : ' at the start of the page';
  return `Back to citation ${number}${where}${place ? ` (place ${place.n} of ${place.of})` : ''}`;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (properties: Record<string, string | string[]>, value: string): ElementContent => ({ type: 'element', tagName: 'span', properties, children: [text(value)] });

/**
 * HTML of a reference-list entry's links back to where the page's prose
 * cites it, as Wikipedia does: "^" for one place, "^ a b" for several, each
 * link named for screen readers by backLinkLabel (the visible mark is
 * aria-hidden). Plain fragment links: no script. Empty when the prose does
 * not cite it (a reference only a component cites). Ends with a space, so
 * the reference text that follows is not run into it.
 */
export function backLinksHtml(number: number, sites: readonly CitationSite[]): string {
  if (sites.length === 0) return '';
  const links = sites.map((site, i): ElementContent[] => [
    {
      type: 'element',
      tagName: 'a',
      properties: { href: `#${site.id}` },
      children: [
        span({ ariaHidden: 'true' }, sites.length === 1 ? '^' : backLinkLetter(i)),
        // The leading space keeps the hidden name apart from the visible mark ("a Back to…", not "aBack to…").
        span({ className: ['visually-hidden'] }, ' ' + backLinkLabel(number, site.section, sites.length === 1 ? undefined : { n: i + 1, of: sites.length })),
      ],
    },
    ...(i < sites.length - 1 ? [text(' ')] : []),
  ]);
  const children = sites.length === 1 ? links.flat() : [span({ ariaHidden: 'true' }, '^ '), ...links.flat()];
  return `${toHtml([{ type: 'element', tagName: 'span', properties: { className: ['backlinks'] }, children }])} `;
}
