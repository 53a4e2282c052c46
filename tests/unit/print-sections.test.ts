/**
 * Print views carry only their own section: the article's rendered HTML is
 * split into section slices once, each handed to one print view. Checked on
 * a real article run through the production Markdown pipeline and on small
 * hand-written HTML for the cases the content does not cover.
 */
import { describe, expect, test } from 'vitest';
import type { SectionEntry } from '../../src/lib/markdown/remark-section-ids';
import { sectionHtml, splitSections } from '../../src/lib/print/section-slices';
import { processMdx } from '../helpers/pipeline';

const ARTICLE = '/topics/estrogen-decline/academic/';

describe('splitSections on a real article', async () => {
  // As in the build, a topic's Fundamentals page is compiled before its other
  // depths: their share controls link to its sections.
  await processMdx('content/articles/estrogen-decline/fundamentals.mdx');
  const { html, frontmatter } = await processMdx('content/articles/estrogen-decline/academic.mdx');
  const sections = frontmatter.sections as SectionEntry[];
  const slices = splitSections(html, ARTICLE);

  test('gives every section of the article a slice that starts and ends with its <section>', () => {
    expect([...slices.keys()].sort()).toEqual(sections.map((s) => s.id).sort());
    for (const { id } of sections) {
      const slice = slices.get(id)!;
      expect(slice).toMatch(new RegExp(`^<section class="doc-section doc-section-[23]" data-section="${id}"`));
      expect(slice.endsWith('</section>')).toBe(true);
      expect(slice).toContain(`id="${id}"`);
    }
  });

  test('an h2 slice holds its h3 subsections and no other section', () => {
    const remodeling = slices.get('remodeling')!;
    expect(remodeling).toContain(slices.get('remodeling-model')!);
    const osteoimmunology = slices.get('osteoimmunology')!;
    expect(osteoimmunology).toContain(slices.get('mouse-evidence')!);
    expect(osteoimmunology).toContain(slices.get('human-evidence')!);
    const ids = (slice: string) => [...slice.matchAll(/data-section="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(osteoimmunology)).toEqual(['osteoimmunology', 'mouse-evidence', 'human-evidence']);
    expect(ids(slices.get('rankl-opg')!)).toEqual(['rankl-opg']);
  });

  test('slices are the article markup verbatim, apart from links to other sections', () => {
    const turnover = slices.get('turnover-markers')!;
    expect(html).toContain(turnover);
    // The simulator section links to the bone-loss timeline, which its print view lacks: the link goes to the article page.
    expect(html).toContain('href="#bone-loss-timeline"');
    const model = slices.get('remodeling-model')!;
    expect(model).toContain(`href="${ARTICLE}#bone-loss-timeline"`);
    expect(model).not.toContain('href="#bone-loss-timeline"');
    // Links to the section itself (share control) stay in place.
    expect(model).toContain('href="#remodeling-model"');
  });
});

describe('splitSections on hand-written HTML', () => {
  const html = [
    '<p>Intro <a href="#b">to b</a></p>',
    '<section class="doc-section doc-section-2" data-section="a"><div class="section-heading"><h2 id="a">A</h2></div>',
    '<p>See <a class="x" href="#b" title="B &amp; more">B</a>, <a href="#ref-k">[1]</a> and <a href="#a1">A1</a>.</p>',
    '<absolute-risk class="widget"><figure>static</figure></absolute-risk><script type="module" src="/_astro/w.js"></script>',
    '<section class="doc-section doc-section-3" data-section="a1" data-parent-section="a"><div class="section-heading"><h3 id="a1">A1</h3></div><p>Back to <a href="#a">A</a></p></section>',
    '</section>',
    '<section class="doc-section doc-section-2" data-section="b"><div class="section-heading"><h2 id="b">B</h2></div><p>Up to <a href="#a1">A1</a></p></section>',
  ].join('\n');
  const slices = splitSections(html, '/topics/t/academic/');

  test('leaves scripts out and keeps the widget fallback', () => {
    const a = slices.get('a')!;
    expect(a).toContain('<absolute-risk class="widget"><figure>static</figure></absolute-risk>');
    expect(a).not.toContain('<script');
  });

  test('points links to other sections at the article page, leaving own and reference links alone', () => {
    const a = slices.get('a')!;
    expect(a).toContain('<a class="x" href="/topics/t/academic/#b" title="B &amp; more">B</a>');
    expect(a).toContain('<a href="#ref-k">[1]</a>');
    expect(a).toContain('<a href="#a1">A1</a>');
    expect(slices.get('a1')).toContain('<a href="/topics/t/academic/#a">A</a>');
    expect(slices.get('b')).toContain('<a href="/topics/t/academic/#a1">A1</a>');
  });

  test('prose before the first section belongs to no slice', () => {
    expect([...slices.values()].some((s) => s.includes('Intro'))).toBe(false);
  });
});

describe('sectionHtml', () => {
  const html = '<section data-section="a"><h2 id="a">A</h2><section data-section="a1"><h3 id="a1">A1</h3></section></section><section data-section="b"><h2 id="b">B</h2></section>';

  test('renders an article once for all its print views, and again only for a section already handed out', async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      return html;
    };
    expect(await sectionHtml('t/fundamentals', '/topics/t/fundamentals/', 'b', render, true)).toContain('id="b"');
    expect(await sectionHtml('t/fundamentals', '/topics/t/fundamentals/', 'a1', render, true)).toContain('id="a1"');
    expect(await sectionHtml('t/fundamentals', '/topics/t/fundamentals/', 'a', render, true)).toContain('id="a1"');
    expect(renders).toBe(1);
    // Every slice was handed out, so nothing is kept; a second request (dev server) renders afresh.
    expect(await sectionHtml('t/fundamentals', '/topics/t/fundamentals/', 'a', render, true)).toContain('id="a"');
    expect(renders).toBe(2);
  });

  test('keeps nothing when told not to (dev server)', async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      return html;
    };
    await sectionHtml('t/academic', '/topics/t/academic/', 'a', render, false);
    await sectionHtml('t/academic', '/topics/t/academic/', 'b', render, false);
    expect(renders).toBe(2);
  });

  test('names the article and section when the section is not in the HTML', async () => {
    await expect(sectionHtml('t/intermediate', '/topics/t/intermediate/', 'gone', async () => html, true)).rejects.toThrow(
      'Print view: article t/intermediate has no <section data-section="gone">',
    );
  });
});
