import path from 'node:path';
import type { VFile } from 'vfile';
import type { SectionEntry } from './remark-section-ids';

/**
 * What the one parse of an article records for the checks that read it
 * (certainty labels, reference coverage, readability, KaTeX fonts, share
 * controls). The production pipeline fills it in remark-parse-record.ts;
 * no check reads the MDX source itself. See "Checks read the parse record"
 * in content/README.md.
 */
export interface ParseRecord {
  /** Path relative to the project root, for messages (`content/articles/x/academic.mdx`). */
  file: string;
  /** `articles/<topic>/<level>.mdx` parts, when the file is an article; `start/<slug>` and `fundamentals` for a start page (content/start/<slug>.mdx). */
  topic?: string;
  level?: string;
  /** Every citation: `[@key]` in prose, or a key a component cites (`via` names it). */
  citations: Array<{ key: string; line: number; via?: string }>;
  /** Every JSX component use, with its props as MDX parsed them. */
  components: ComponentUse[];
  /** Every `<Certainty>` label with the block it grades. */
  certainty: CertaintyUse[];
  /** Every claim an author cites, `<Claim id="…" />` or `<Certainty claim="…" />`, with its line. */
  claims: ClaimUse[];
  /** Sections (h2, h3) in order, with id, depth, title and line. */
  sections: SectionEntry[];
  /** Every formula, as KaTeX receives it. */
  math: Array<{ tex: string; display: boolean }>;
  /** Reading prose: paragraphs, headings and list items; no tables, math, code, components or citations. */
  prose: string;
  /** The list items of the page's `#questions` section, as plain text (the fallback questions of its print views). */
  pageQuestions: string[];
  /** Section ids the frontmatter's `questions` map names (each must be a section of the page). */
  questionKeys: string[];
  /** The frontmatter's `nextSteps` ("What you can do now"; Fundamentals pages only). */
  nextSteps: string[];
}

/** One prop as written: string props as their value, `{…}` props as their source text plus the literal MDX parsed, if any. */
export interface PropValue {
  text: string;
  expression: boolean;
  /** For `{3}`, `{"x"}`, `{true}`, `{-1}`: the literal value MDX's parser (acorn) read. */
  literal?: string | number | boolean | null;
}

export interface ComponentUse {
  name: string;
  line: number;
  props: Record<string, PropValue>;
}

/** One citation of a claim record in an article. */
export interface ClaimUse {
  id: string;
  line: number;
  /** The component that cites it. */
  via: 'Claim' | 'Certainty';
}

export interface CertaintyUse {
  /** The level as written (`level="low"`); empty when the label takes it from its claim. */
  level: string;
  /** The claim record the label takes its level from (`<Certainty claim="…" />`, `<Claim id="…" />`). */
  claim?: string;
  line: number;
  /** The label as an author wrote it, for messages: `<Certainty level="low" />`, `<Claim id="x" />`. */
  source: string;
  /** The paragraph, list item or table row the label sits in. */
  block: { type: string; line: number };
  /** Whether that block cites (`[@key]`, or a component that adds a reference). */
  cites: boolean;
}

/** Reads the record the pipeline left on a processed file. */
export function recordOf(file: VFile): ParseRecord | undefined {
  return (file.data as { strataRecord?: ParseRecord }).strataRecord;
}

/** Where records of the current process are kept: one per source file, by absolute path. */
const STORE = Symbol.for('strata.parseRecords');

/**
 * The process-wide store the pipeline writes each record into, keyed by the
 * file's absolute path. A global, not a module variable: astro.config.mjs,
 * the integration and the prerender bundle each load their own copy of this
 * module, and they must share one store.
 */
export function parseRecords(): Map<string, ParseRecord> {
  const holder = globalThis as { [STORE]?: Map<string, ParseRecord> };
  return (holder[STORE] ??= new Map());
}

/** Records of the pages under `dirs` (content/articles, content/start), sorted by file (the checks' input). */
export function articleRecords(...dirs: string[]): ParseRecord[] {
  const prefixes = dirs.map((dir) => path.resolve(dir) + path.sep);
  return [...parseRecords()]
    .filter(([absolute]) => prefixes.some((prefix) => absolute.startsWith(prefix)))
    .map(([, record]) => record)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
