import type { Root, Text, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import type { Bibliography } from '../bib/bibliography';
import { throwIfProblems, type ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { CitationNumbering, citationGroupHast } from '../../components/citation-marker';
import { propsOf } from './remark-parse-record';
import type { SectionEntry } from './remark-section-ids';
import { pluginFrontmatter, sourcePath } from './source-path';

export interface CitationOptions {
  /** The site bibliography (validated references.bib). */
  bibliography: () => Bibliography;
  /**
   * Citation keys that an embedded component cites, e.g. `<TrialTable id="x" />`
   * cites the trial's primary paper. Those keys join the page's numbered list
   * and the component receives `citeNumbers` (JSON `{key: number}`) as a prop.
   */
  componentCitations?: (name: string, attributes: Record<string, string>) => ComponentCitations | undefined;
}

/** Keys a component cites, or why its attributes are wrong (e.g. an unknown trial id). */
export type ComponentCitations = { keys: string[] } | { problem: string; hint: string };

/** Where a reference is cited in prose: the marker's id and the title of the section it sits in ('' before the first heading). */
export interface CitationSite {
  id: string;
  section: string;
}

/** Pandoc citation group: `[@key]` or `[@a; @b]`. */
const GROUP = /\[(@[^\]]*)\]/g;
const KEY = /^@([A-Za-z][\w:-]*)$/;

interface MdxAttribute {
  type: string;
  name?: string;
  /** A string prop, or an `{…}` expression prop with its source text. */
  value?: string | { value: string } | null;
}
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxAttribute[];
  position?: { start: { line: number } };
  data?: Record<string, unknown>;
}

/**
 * Remark plugin: turns Pandoc citations (`[@key]`, `[@a; @b]`) into numbered
 * Vancouver citations linked to the page's reference list, numbered in order
 * of first appearance. Unknown or malformed keys fail the build with file,
 * line and the nearest known keys. The ordered key list is exposed as
 * `remarkPluginFrontmatter.citations`; each prose marker gets a stable id
 * `cite-<key>-<n>` (n counts that key's prose citations on the page, from 1),
 * listed per key with its section in `remarkPluginFrontmatter.citationSites`
 * for the reference list's back-links. These ids are not section ids and are
 * not in the anchor lock.
 */
export function remarkCitations(options: CitationOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = options.bibliography();
    const fileName = sourcePath(file);
    const problems: ContentProblem[] = [];
    const numbering = new CitationNumbering();
    let tips = 0;
    const nextTipId = () => `cite-tip-${++tips}`;

    const check = (key: string, line: number): boolean => {
      if (bibliography.has(key)) return true;
      problems.push({
        file: fileName,
        line,
        field: key,
        message: `Unknown citation key \`@${key}\`: it is not in references.bib.`,
        hint: `${didYouMean(key, bibliography.keys())} To cite a new work, add a verified entry to references.bib first.`,
      });
      return false;
    };

    // Which references each section cites (an h2 also collects its h3s'), for per-section print views.
    const sectionCitations: Record<string, string[]> = {};
    let currentH2 = '';
    let currentH3 = '';
    const noteSection = (key: string) => {
      for (const id of [currentH2, currentH3]) if (id && !(sectionCitations[id] ??= []).includes(key)) sectionCitations[id]!.push(key);
    };
    const cite = (key: string) => {
      noteSection(key);
      return numbering.numberOf(key);
    };
    // Back-link targets: each prose marker's id, with the title of the section (h3, else h2) it sits in.
    const sectionTitles = new Map(((pluginFrontmatter(file).sections ?? []) as SectionEntry[]).map((section) => [section.id, section.title]));
    const citationSites: Record<string, CitationSite[]> = {};
    const markerId = (key: string) => {
      const sites = (citationSites[key] ??= []);
      const id = `cite-${key}-${sites.length + 1}`;
      sites.push({ id, section: sectionTitles.get(currentH3 || currentH2) ?? '' });
      return id;
    };

    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        const id = String((node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '');
        if (node.depth === 2) [currentH2, currentH3] = [id, ''];
        else if (node.depth === 3) currentH3 = id;
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const element = node as unknown as MdxElement;
        // Props as the parse record reads them; `{…}` props reach the checks as their source text: baseline={14} → "14".
        const attributes = Object.fromEntries(Object.entries(propsOf(element)).map(([name, prop]) => [name, prop.text]));
        const cited = element.name ? options.componentCitations?.(element.name, attributes) : undefined;
        const line = element.position?.start.line ?? 0;
        if (cited && 'problem' in cited) {
          problems.push({ file: fileName, line, message: cited.problem, hint: cited.hint });
        } else if (cited) {
          const numbers: Record<string, number> = {};
          for (const key of cited.keys) if (check(key, line)) numbers[key] = cite(key);
          element.attributes.push({ type: 'mdxJsxAttribute', name: 'citeNumbers', value: JSON.stringify(numbers) });
          // The parse record (remark-parse-record.ts) reads which keys this component cites.
          element.data = { ...element.data, citeKeys: Object.keys(numbers) };
        }
        return;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node as Text;
      if (!text.value.includes('[@')) return;
      const firstLine = text.position?.start.line ?? 0;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of text.value.matchAll(GROUP)) {
        // The line of this group itself: a paragraph's text spans its soft line breaks.
        const line = firstLine + (text.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
        const parts = match[1]!.split(';').map((part) => part.trim());
        const keys: string[] = [];
        let wellFormed = true;
        for (const part of parts) {
          const key = KEY.exec(part)?.[1];
          if (!key) {
            wellFormed = false;
            problems.push({
              file: fileName,
              line,
              message: `Malformed citation \`${match[0]}\`.`,
              hint: 'Write `[@key]` for one work or `[@key1; @key2]` for several; keys have no spaces.',
            });
            break;
          }
          if (check(key, line)) keys.push(key);
          else wellFormed = false;
        }
        if (!wellFormed) continue;
        const start = match.index ?? 0;
        if (start > cursor) pieces.push({ type: 'text', value: text.value.slice(cursor, start) });
        pieces.push({
          type: 'text',
          value: match[0],
          position: { start: { line, column: 1 }, end: { line, column: 1 } },
          data: {
            hName: 'span',
            hProperties: { className: ['cite-group'] },
            hChildren: citationGroupHast(keys.map((key) => ({ key, number: cite(key), id: markerId(key), tip: { id: nextTipId(), text: bibliography.get(key)!.text } }))),
            citeKeys: keys,
          },
        } as Text);
        cursor = start + match[0].length;
      }
      if (pieces.length === 0) return;
      if (cursor < text.value.length) pieces.push({ type: 'text', value: text.value.slice(cursor) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
    throwIfProblems(problems);
    pluginFrontmatter(file).citations = numbering.keys;
    pluginFrontmatter(file).sectionCitations = sectionCitations;
    pluginFrontmatter(file).citationSites = citationSites;
  };
}
