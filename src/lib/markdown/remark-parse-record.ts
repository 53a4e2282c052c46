import path from 'node:path';
import type { Nodes, Parents, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { parseRecords, type CertaintyUse, type ClaimUse, type ComponentUse, type ParseRecord, type PropValue } from './parse-record';
import type { SectionEntry } from './remark-section-ids';
import { pluginFrontmatter, sourcePath } from './source-path';

/** Keys remark-citations found on a node (a citation group, or a component that cites). */
interface CiteData {
  citeKeys?: string[];
}
interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | { value: string; data?: { estree?: unknown } } | null;
}
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxAttribute[];
  position?: { start: { line: number } };
  data?: CiteData;
}

/** Props remark-citations adds; they are not the author's. */
const GENERATED_PROPS = new Set(['citeNumbers']);
/** The units a certainty label belongs to, nearest first. */
const BLOCKS = new Set(['tableRow', 'listItem', 'paragraph', 'heading']);

const isJsx = (node: { type: string }): node is MdxElement & Nodes => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const citeKeys = (node: Nodes): string[] | undefined => (node.data as CiteData | undefined)?.citeKeys;

/** The literal an `{…}` expression holds, read from the estree MDX's parser built: `{3}`, `{-1}`, `{"x"}`, `{true}`. */
function literalOf(estree: unknown): PropValue['literal'] {
  type Expr = { type: string; value?: unknown; operator?: string; argument?: Expr };
  const body = (estree as { body?: Array<{ type: string; expression?: Expr }> } | undefined)?.body;
  const expression = body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? body[0]!.expression : undefined;
  if (expression?.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof expression.value)) return expression.value as string | number | boolean;
  if (expression?.type === 'Literal' && expression.value === null) return null;
  if (expression?.type === 'UnaryExpression' && expression.operator === '-' && typeof expression.argument?.value === 'number') return -expression.argument.value;
  return undefined;
}

/** Props of a JSX element: string props as written, `{…}` props as source text with the literal MDX parsed. */
export function propsOf(element: Pick<MdxElement, 'attributes'>): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || GENERATED_PROPS.has(attribute.name)) continue;
    const value = attribute.value;
    if (typeof value === 'string') props[attribute.name] = { text: value, expression: false };
    else if (value && typeof value === 'object') {
      const literal = literalOf(value.data?.estree);
      props[attribute.name] = { text: value.value, expression: true, ...(literal !== undefined ? { literal } : {}) };
    } else props[attribute.name] = { text: 'true', expression: false, literal: true };
  }
  return props;
}

/** True when anything under `node` cites a reference. */
function cites(node: Nodes): boolean {
  let found = false;
  visit(node, (child) => {
    if (citeKeys(child as Nodes)?.length) found = true;
  });
  return found;
}

/** Reading prose of a tree: one line group per paragraph or heading; tables, code, math blocks, components and citations left out. */
function proseOf(tree: Root): string {
  const blocks: string[] = [];
  const textOf = (node: Nodes): string => {
    if (node.type === 'text') return citeKeys(node) ? '' : node.value;
    if (node.type === 'inlineCode') return node.value;
    // An inline formula reads as one word.
    if (node.type === 'inlineMath') return 'x';
    if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
    return '';
  };
  visit(tree, (node) => {
    if (node.type === 'table' || node.type === 'code' || node.type === 'math') return 'skip';
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = textOf(node).replace(/[ \t]+/g, ' ').trim();
      if (text) blocks.push(text);
      return 'skip';
    }
  });
  return blocks.join('\n\n');
}

/** Section id of the page's own list of questions for a clinician (`## Questions to ask your clinician [#questions]`). */
export const PAGE_QUESTIONS_ID = 'questions';

/** The list items of the `#questions` section, as plain text (citations left out), in order. */
function pageQuestionsOf(tree: Root): string[] {
  const out: string[] = [];
  const textOf = (node: Nodes): string => {
    if (node.type === 'text') return citeKeys(node) ? '' : node.value;
    if (node.type === 'inlineCode') return node.value;
    if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
    return '';
  };
  let inside = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      inside = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id === PAGE_QUESTIONS_ID;
      continue;
    }
    if (!inside || node.type !== 'list') continue;
    for (const item of node.children) out.push(textOf(item).replace(/\s+/g, ' ').trim());
  }
  return out.filter(Boolean);
}

/** The per-section `questions` keys and `nextSteps` the author wrote in the frontmatter (Astro passes it to the plugins). */
function frontmatterHandOff(frontmatter: Record<string, unknown>): Pick<ParseRecord, 'questionKeys' | 'nextSteps'> & { questionTexts: string[] } {
  const questions = frontmatter.questions;
  const map = questions && typeof questions === 'object' && !Array.isArray(questions) ? (questions as Record<string, unknown>) : {};
  const steps = frontmatter.nextSteps;
  return {
    questionKeys: Object.keys(map),
    questionTexts: Object.values(map).flatMap((list) => (Array.isArray(list) ? list.map(String) : [])),
    nextSteps: Array.isArray(steps) ? steps.map(String) : [],
  };
}

/**
 * Remark plugin, last in the chain (after section ids and citations): records
 * what the content checks need, from this one parse, as a `ParseRecord` on
 * `file.data.strataRecord` and in the process-wide store (parse-record.ts).
 * Pages read `hasMath`, `math`, `pageQuestions` and `words` back as `remarkPluginFrontmatter`.
 */
export function remarkParseRecord() {
  return (tree: Root, file: VFile) => {
    const fileName = sourcePath(file).split(path.sep).join('/');
    const article = /(?:^|\/)articles\/([^/]+)\/(fundamentals|intermediate|academic)\.mdx$/.exec(fileName);
    // A start page (content/start/<slug>.mdx) is checked as a Fundamentals page of its own "topic", start/<slug>.
    const start = /(?:^|\/)(start\/[^/]+)\.mdx$/.exec(fileName);
    const citations: ParseRecord['citations'] = [];
    const components: ComponentUse[] = [];
    const certainty: CertaintyUse[] = [];
    const claims: ClaimUse[] = [];
    // Claim ids per section (an h2 also collects its h3s'), for the print views' harms box.
    const sectionClaims: Record<string, string[]> = {};
    let [currentH2, currentH3] = ['', ''];
    const math: ParseRecord['math'] = [];
    visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading') {
        const id = String((node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '');
        if (node.depth === 2) [currentH2, currentH3] = [id, ''];
        else if (node.depth === 3) currentH3 = id;
      }
      if (node.type === 'math' || node.type === 'inlineMath') math.push({ tex: node.value, display: node.type === 'math' });
      const keys = citeKeys(node);
      if (!isJsx(node)) {
        for (const key of keys ?? []) citations.push({ key, line });
        return;
      }
      const name = node.name ?? '';
      for (const key of keys ?? []) citations.push({ key, line, via: name });
      const props = propsOf(node);
      components.push({ name, line, props });
      if (name !== 'Certainty' && name !== 'Claim') return;
      const claim = name === 'Claim' ? props.id?.text : props.claim?.text;
      if (claim !== undefined) {
        claims.push({ id: claim, line, via: name });
        for (const id of [currentH2, currentH3]) if (id && !(sectionClaims[id] ??= []).includes(claim)) sectionClaims[id]!.push(claim);
      }
      const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type)) ?? node;
      const level = props.level?.text ?? '';
      certainty.push({
        level,
        ...(claim !== undefined ? { claim } : {}),
        line,
        source: name === 'Claim' ? `<Claim id="${claim}" />` : claim !== undefined ? `<Certainty claim="${claim}" />` : `<Certainty level="${level}" />`,
        block: { type: block.type, line: block.position?.start.line ?? line },
        cites: cites(block),
      });
    });
    const frontmatter = pluginFrontmatter(file);
    const handOff = frontmatterHandOff(frontmatter);
    // Hand-off text written in the frontmatter is read by patients too: it counts for readability.
    const prose = [proseOf(tree), ...handOff.nextSteps, ...handOff.questionTexts].join('\n\n').trim();
    const pageQuestions = pageQuestionsOf(tree);
    const record: ParseRecord = {
      file: fileName,
      ...(article ? { topic: article[1], level: article[2] } : start ? { topic: start[1], level: 'fundamentals' } : {}),
      citations,
      components,
      certainty,
      claims,
      sections: (frontmatter.sections ?? []) as SectionEntry[],
      math,
      prose,
      pageQuestions,
      questionKeys: handOff.questionKeys,
      nextSteps: handOff.nextSteps,
    };
    (file.data as { strataRecord?: ParseRecord }).strataRecord = record;
    if (file.path) parseRecords().set(path.resolve(file.path), record);
    frontmatter.sectionClaims = sectionClaims;
    frontmatter.hasMath = math.length > 0;
    frontmatter.math = math;
    // Only when there is a list, so pages without one keep the data they had.
    if (pageQuestions.length > 0) frontmatter.pageQuestions = pageQuestions;
    frontmatter.words = (prose.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
  };
}
