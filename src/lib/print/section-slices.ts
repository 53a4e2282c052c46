import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Where an element starts and ends in the HTML it was parsed from. */
function span(node: Element): [number, number] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`<${node.tagName}> has no source position; cannot slice the article HTML.`);
  return [start, end];
}

/** Every element in `nodes` and below, depth first. */
function* elements(nodes: RootContent[]): Generator<Element> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* elements(node.children);
  }
}

/** An `<a …>` start tag with double-quoted attributes, as Astro writes them. */
const START_TAG = /^<[a-z][a-z0-9-]*(?:\s+[^\s"'>\/=]+(?:="[^"]*")?)*\s*\/?>/i;

/**
 * Splits an article's rendered HTML into the HTML of each of its sections:
 * every `<section data-section="id">` that `rehype-sections` produced, keyed
 * by id, each with its nested subsections. Slices are cut from the original
 * string by the parser's source offsets, so each section's markup is exactly
 * what the article page carries (no re-serialisation), except that:
 * - `<script>` elements are left out: a print view shows every widget's
 *   static fallback;
 * - a link to an element of another section (`href="#other"`) is pointed at
 *   the article page (`articlePath#other`), since the print view lacks it.
 */
export function splitSections(html: string, articlePath: string): Map<string, string> {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const all = [...elements(tree.children)];
  const articleIds = new Set(all.map((el) => el.properties.id).filter((id): id is string => typeof id === 'string'));
  const out = new Map<string, string>();
  for (const section of all) {
    const id = section.tagName === 'section' ? section.properties.dataSection : undefined;
    if (typeof id !== 'string' || id === '') continue;
    const inside = [...elements(section.children)];
    const ownIds = new Set(inside.map((el) => el.properties.id).filter((x): x is string => typeof x === 'string'));
    const edits: Array<{ from: number; to: number; text: string }> = [];
    for (const el of inside) {
      if (el.tagName === 'script') {
        const [from, to] = span(el);
        edits.push({ from, to, text: '' });
        continue;
      }
      const href = el.tagName === 'a' ? el.properties.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#')) continue;
      const target = decodeURIComponent(href.slice(1));
      if (ownIds.has(target) || !articleIds.has(target)) continue;
      const [from] = span(el);
      const tag = START_TAG.exec(html.slice(from))?.[0];
      const quoted = ` href="${href}"`;
      if (!tag?.includes(quoted)) throw new Error(`Print view: cannot rewrite the link to #${target} in section ${id} (unexpected markup ${html.slice(from, from + 80)}).`);
      edits.push({ from, to: from + tag.length, text: tag.replace(quoted, ` href="${articlePath}${href}"`) });
    }
    // Edits never overlap: a script has no links inside, and a link's edit covers only its start tag.
    edits.sort((a, b) => a.from - b.from);
    const [start, end] = span(section);
    let slice = '';
    let at = start;
    for (const edit of edits) {
      if (edit.from < at) continue;
      slice += html.slice(at, edit.from) + edit.text;
      at = edit.to;
    }
    out.set(id, slice + html.slice(at, end));
  }
  return out;
}

/** Per article, the section slices not yet handed to a print view. */
const pending = new Map<string, Promise<Map<string, string>>>();

/**
 * The HTML of one section of an article, for its print view. The article is
 * rendered (by `render`) once, split into its sections, and each slice is
 * handed out once and then dropped, so a build renders each article's
 * content once for all its print views and holds at most the unprinted
 * sections of the articles in progress. A section asked for again (the dev
 * server re-rendering a page) renders the article afresh; in dev nothing is
 * kept, so edits show at once.
 */
export async function sectionHtml(
  articleId: string,
  articlePath: string,
  sectionId: string,
  render: () => Promise<string>,
  keep = !import.meta.env?.DEV,
): Promise<string> {
  let slices = pending.get(articleId);
  if (!slices || !(await slices).has(sectionId)) {
    slices = render().then((html) => splitSections(html, articlePath));
    if (keep) pending.set(articleId, slices);
  }
  const all = await slices;
  const html = all.get(sectionId);
  if (html === undefined) {
    throw new Error(`Print view: article ${articleId} has no <section data-section="${sectionId}"> in its rendered HTML. Each h2/h3 needs an id marker ([#${sectionId}]) so rehype-sections wraps it.`);
  }
  all.delete(sectionId);
  if (all.size === 0 && pending.get(articleId) === slices) pending.delete(articleId);
  return html;
}
