/**
 * Wide tables scroll inside a named, focusable region instead of widening the
 * page (WCAG 1.4.10 Reflow at 320 px; axe `scrollable-region-focusable`).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { rehypeScrollableTables } from '../../src/lib/markdown/rehype-scrollable-tables';

function wrap(html: string): Element {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeScrollableTables()(tree);
  return tree.children.find((node): node is Element => node.type === 'element')!;
}

describe('rehypeScrollableTables', () => {
  test('wraps a table in a focusable region named after its first header cell', () => {
    const region = wrap('<table><thead><tr><th>Trial</th><th>Dose</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>');
    expect(region.tagName).toBe('div');
    expect(region.properties).toMatchObject({ className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table: Trial' });
    expect((region.children[0] as Element).tagName).toBe('table');
  });

  test('prefers the caption for the name', () => {
    const region = wrap('<table><caption>Fracture outcomes</caption><tr><th>Site</th></tr></table>');
    expect(region.properties.ariaLabel).toBe('Table: Fracture outcomes');
  });

  test('leaves a table that already scrolls alone (no double wrapping)', () => {
    const outer = wrap('<div class="table-scroll"><table><tr><th>x</th></tr></table></div>');
    expect(outer.properties.className).toEqual(['table-scroll']);
    expect((outer.children[0] as Element).tagName).toBe('table');
  });
});
