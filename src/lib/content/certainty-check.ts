import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../content-error';
import { CERTAINTY_LEVELS } from './certainty';
import { LEVELS, type Level } from './levels';

/**
 * Intermediate and Academic pages say how sure we are of their key claims:
 * each has at least one `<Certainty level="…" />`, and every label sits in a
 * paragraph, list item or table row that cites its evidence (`[@key]`, or a
 * component that cites, such as `<TrialTable>`). A label with nothing cited
 * next to it grades a claim the reader cannot check. The one exception is
 * `level="insufficient"` ("No trial evidence"): it says that no study in
 * people exists, so there may be nothing to cite.
 *
 * (Whether `level` is a known level is checked by the Markdown pipeline,
 * src/lib/markdown/component-citations.ts.)
 */

/** Depths at which certainty labels are required. */
export const LEVELS_REQUIRING_CERTAINTY: readonly Level[] = ['intermediate', 'academic'];

const CERTAINTY_TAG = /<Certainty\b[^>]*>/g;
const CITATION = /\[@[A-Za-z][^\]]*\]/;
/** Components whose rendering cites a paper (they add it to the page's references). */
const CITING_COMPONENT = /<(TrialTable|AbsoluteRisk|ForestPlot|DoseExplorer|RemodelingSimulator)\b/;

interface Block {
  text: string;
  /** 1-based line of the block's first line in the file. */
  line: number;
}

/**
 * Splits MDX into the units a label belongs to: paragraphs (separated by
 * blank lines), single list items and single table rows. Frontmatter and
 * fenced code are skipped; line numbers are those of the file.
 */
export function splitBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let current: Block | undefined;
  let i = 0;
  if (lines[0] === '---') {
    i = lines.indexOf('---', 1) + 1;
    if (i === 0) i = lines.length;
  }
  let fenced = false;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      close();
      continue;
    }
    if (fenced) continue;
    if (line.trim() === '') {
      close();
      continue;
    }
    const startsItem = /^\s*([-*+]|\d+\.)\s+/.test(line) || /^\s*\|/.test(line) || /^#{1,6}\s/.test(line);
    if (startsItem) close();
    if (current) current.text += `\n${line}`;
    else current = { text: line, line: i + 1 };
    if (/^#{1,6}\s/.test(line)) close();
  }
  close();
  return blocks;
}

/** Problems with certainty labels in one article's source. */
export function certaintyProblems(text: string, file: string, level: Level): ContentProblem[] {
  if (!LEVELS_REQUIRING_CERTAINTY.includes(level)) return [];
  const problems: ContentProblem[] = [];
  let labels = 0;
  for (const block of splitBlocks(text)) {
    for (const match of block.text.matchAll(CERTAINTY_TAG)) {
      labels++;
      if (/level=["']insufficient["']/.test(match[0])) continue;
      if (CITATION.test(block.text) || CITING_COMPONENT.test(block.text)) continue;
      const line = block.line + block.text.slice(0, match.index).split('\n').length - 1;
      problems.push({
        file,
        line,
        message: `${match[0]} grades a claim that cites nothing in the same paragraph, list item or table row.`,
        hint: 'Cite the evidence the rating rests on in that paragraph ([@key]), or move the label next to the sentence that cites it.',
      });
    }
  }
  if (labels === 0) {
    problems.push({
      file,
      line: 1,
      message: `This ${level} page marks none of its key claims with a certainty label.`,
      hint: `Add <Certainty level="…" /> after each key claim, next to its citation; levels are ${CERTAINTY_LEVELS.join(', ')} (see /evidence/grading/).`,
    });
  }
  return problems;
}

/** Checks every Intermediate and Academic article under content/articles/. */
export function checkCertaintyLabels(root: string): ContentProblem[] {
  const articles = path.join(root, 'content', 'articles');
  if (!existsSync(articles)) return [];
  return readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((topic) =>
      LEVELS.flatMap((level) => {
        const file = path.join(articles, topic.name, `${level}.mdx`);
        if (!existsSync(file)) return [];
        return certaintyProblems(readFileSync(file, 'utf8'), `content/articles/${topic.name}/${level}.mdx`, level);
      }),
    );
}
