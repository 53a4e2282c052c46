/**
 * Golden-file test of the Markdown pipeline (Observable Framework style):
 * the HTML for a fixture article is compared with a committed file, so any
 * change in how headings, citations or math render is visible in review.
 * Regenerate with `npx vitest run -u` after checking the diff is intended.
 */
import { describe, expect, test } from 'vitest';
import { processMdx } from '../helpers/pipeline';

describe('markdown pipeline', () => {
  test('renders the golden fixture', async () => {
    const { html } = await processMdx('tests/fixtures/good/article.mdx');
    await expect(html).toMatchFileSnapshot('../fixtures/good/article.html');
    // The first run loads references.bib and every trial record (cold), slow on a shared machine.
  }, 60_000);

  test('section ids come from the author, not the heading text', async () => {
    const { html, frontmatter } = await processMdx('tests/fixtures/good/article.mdx');
    expect(html).toContain('<h2 id="ultra-low-dose">Ultra-low doses</h2>');
    expect(html).toContain('<h2 id="oral-vs-transdermal">Route <em>and</em> dose</h2>');
    expect(html).not.toContain('[#');
    expect(frontmatter.sections).toEqual([
      { id: 'ultra-low-dose', depth: 2, title: 'Ultra-low doses', line: 7 },
      { id: 'older-women', depth: 3, title: 'Older women', line: 15 },
      { id: 'oral-vs-transdermal', depth: 2, title: 'Route and dose', line: 19 },
    ]);
  });

  test('citations are numbered by first appearance and reuse their number', async () => {
    const { html, frontmatter } = await processMdx('tests/fixtures/good/article.mdx');
    expect(frontmatter.citations).toEqual(['prestwood2003ultralow', 'bord2003effects', 'shevde2000estrogens']);
    const numbers = [...html.matchAll(/data-cite="([^"]+)">(\d+)</g)].map((m) => `${m[1]}=${m[2]}`);
    expect(numbers).toEqual(['prestwood2003ultralow=1', 'bord2003effects=2', 'shevde2000estrogens=3', 'prestwood2003ultralow=1']);
  });

  test('each citation carries an accessible popover with the full reference', async () => {
    const { html } = await processMdx('tests/fixtures/good/article.mdx');
    expect(html).toMatch(/<a id="cite-prestwood2003ultralow-1" href="#ref-prestwood2003ultralow" class="cite-link" aria-describedby="cite-tip-1"[^>]*>1<\/a><span role="tooltip" id="cite-tip-1" class="cite-tip">Prestwood KM, Kenny AM/);
  });

  test('math is rendered by KaTeX at build time', async () => {
    const { html, frontmatter } = await processMdx('tests/fixtures/good/article.mdx');
    expect(frontmatter.hasMath).toBe(true);
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('$$');
  });

  test('each section heading gets a copy-link control to its own address', async () => {
    const { html } = await processMdx('tests/fixtures/good/article.mdx');
    expect(html).toContain('<a href="#older-women" class="section-link" data-copy-link="">');
    expect(html).toContain('Copy link to section: Older women');
  });
});

describe('bibliography text is rendered as text', () => {
  test('a <script> in a BibTeX title is escaped in the citation popover', async () => {
    const { buildBibliography } = await import('../../src/lib/bib/bibliography');
    const { remarkCitations } = await import('../../src/lib/markdown/remark-citations');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkRehype = (await import('remark-rehype')).default;
    const rehypeStringify = (await import('rehype-stringify')).default;
    const bibliography = buildBibliography(
      '@article{evil2020, author = {Doe, Jane}, title = {Bone <script>alert(1)</script> density}, journal = {JAMA}, year = {2020}}',
      'evil.bib',
    );
    const html = String(
      await unified().use(remarkParse).use(remarkCitations, { bibliography: () => bibliography }).use(remarkRehype).use(rehypeStringify).process('Claim [@evil2020].'),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('Bone &#x3C;script>alert(1)&#x3C;/script> density');
  });
});
