/**
 * Back-links from a reference-list entry to each place the prose cites it
 * (src/components/back-links.ts), built from what the production pipeline
 * records: the fixture runs through the site's remark/rehype chain, and the
 * reference list's back-links for its `citationSites` must point at marker
 * ids that exist in the rendered HTML, in order, named by their section.
 */
import { describe, expect, test } from 'vitest';
import type { CitationSite } from '../../src/lib/markdown/remark-citations';
import { backLinkLabel, backLinkLetter, backLinksHtml } from '../../src/components/back-links';
import { processMdx } from '../helpers/pipeline';

const FIXTURE = 'tests/fixtures/markdown/back-links.mdx';

describe('reference back-links over the real pipeline', () => {
  test('every citation marker gets a stable id cite-<key>-<n>, and each key lists its sites with their section titles', async () => {
    const { html, frontmatter } = await processMdx(FIXTURE);
    const sites = frontmatter.citationSites as Record<string, CitationSite[]>;
    expect(frontmatter.citations).toEqual(['prestwood2003ultralow', 'ettinger2004effects', 'cooper1999matrix']);
    expect(sites).toEqual({
      prestwood2003ultralow: [
        { id: 'cite-prestwood2003ultralow-1', section: '' },
        { id: 'cite-prestwood2003ultralow-2', section: 'Ultra-low doses' },
        { id: 'cite-prestwood2003ultralow-3', section: 'Both trials' },
      ],
      ettinger2004effects: [{ id: 'cite-ettinger2004effects-1', section: 'Ultra-low doses' }],
      cooper1999matrix: [{ id: 'cite-cooper1999matrix-1', section: 'Both trials' }],
    });
    // Each id is on exactly one citation link of the rendered page, and is not a section id.
    for (const { id } of Object.values(sites).flat()) {
      expect(html.match(new RegExp(`id="${id}"`, 'g'))).toHaveLength(1);
      expect(html).toMatch(new RegExp(`<a id="${id}" href="#ref-${id.replace(/^cite-|-\d+$/g, '')}" class="cite-link"`));
    }
  });

  test('the HTML of a reference cited once and of one cited three times', async () => {
    const { html, frontmatter } = await processMdx(FIXTURE);
    const sites = frontmatter.citationSites as Record<string, CitationSite[]>;
    expect(backLinksHtml(2, sites.ettinger2004effects!)).toBe(
      '<span class="backlinks"><a href="#cite-ettinger2004effects-1"><span aria-hidden="true">^</span><span class="visually-hidden"> Back to citation 2 in ‘Ultra-low doses’</span></a></span> ',
    );
    const many = backLinksHtml(1, sites.prestwood2003ultralow!);
    expect(many).toBe(
      '<span class="backlinks"><span aria-hidden="true">^ </span>' +
        '<a href="#cite-prestwood2003ultralow-1"><span aria-hidden="true">a</span><span class="visually-hidden"> Back to citation 1 at the start of the page (place 1 of 3)</span></a> ' +
        '<a href="#cite-prestwood2003ultralow-2"><span aria-hidden="true">b</span><span class="visually-hidden"> Back to citation 1 in ‘Ultra-low doses’ (place 2 of 3)</span></a> ' +
        '<a href="#cite-prestwood2003ultralow-3"><span aria-hidden="true">c</span><span class="visually-hidden"> Back to citation 1 in ‘Both trials’ (place 3 of 3)</span></a></span> ',
    );
    // Every back-link lands on a marker the page has, in reading order.
    const targets = [...many.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    const positions = targets.map((id) => html.indexOf(`id="${id}"`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('a reference only a component cites has no back-links; titles are escaped; letters go on past z', () => {
    expect(backLinksHtml(3, [])).toBe('');
    expect(backLinksHtml(1, [{ id: 'cite-x-1', section: 'Risks <& "benefits">' }])).toContain('in ‘Risks &lt;&amp; &quot;benefits&quot;&gt;’');
    expect([0, 1, 25, 26, 27, 51, 52].map(backLinkLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
    expect(backLinkLabel(4, 'Dose', { n: 2, of: 5 })).toBe('Back to citation 4 in ‘Dose’ (place 2 of 5)');
  });
});
