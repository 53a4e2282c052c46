/**
 * The certainty-label rule (src/lib/content/certainty-check.ts) at its edges:
 * how a file is cut into blocks, which labels need a citation beside them,
 * and the line each problem names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { certaintyProblems, checkCertaintyLabels, splitBlocks } from '../../../src/lib/content/certainty-check';

const blocks = (text: string) => splitBlocks(text).map((b) => `${b.line}:${b.text}`);
const problems = (text: string, level: 'fundamentals' | 'intermediate' | 'academic' = 'academic') => certaintyProblems(text, 'a.mdx', level).map((p) => `${p.line} ${p.message}`);
const NOTHING_CITED = 'grades a claim that cites nothing in the same paragraph, list item or table row.';

describe('splitBlocks', () => {
  test('skips closed frontmatter, and a file whose frontmatter never closes has no blocks', () => {
    expect(blocks('---\ntitle: x\n---\nText.')).toEqual(['4:Text.']);
    expect(blocks('---\ntitle: x\nText.')).toEqual([]);
    expect(blocks('Text.\n---\nMore.')).toEqual(['1:Text.\n---\nMore.']);
  });

  test('fenced code (``` or ~~~, indented too) is skipped and closes the block before it', () => {
    expect(blocks('A\n```\ncode\n```\nB')).toEqual(['1:A', '5:B']);
    expect(blocks('A\n  ~~~\ncode\n  ~~~\nB')).toEqual(['1:A', '5:B']);
  });

  test('list items, numbered items, table rows and headings each start their own block; a heading also ends one', () => {
    expect(blocks('- one\n- two\n  more\n* three\n+ four\n1. five')).toEqual(['1:- one', '2:- two\n  more', '4:* three', '5:+ four', '6:1. five']);
    expect(blocks('| a |\n| b |')).toEqual(['1:| a |', '2:| b |']);
    expect(blocks('Text\n## Head\nAfter')).toEqual(['1:Text', '2:## Head', '3:After']);
    expect(blocks('###### Six\nx')).toEqual(['1:###### Six', '2:x']);
    expect(blocks('#hashtag\nx')).toEqual(['1:#hashtag\nx']);
    expect(blocks('-dash\nx')).toEqual(['1:-dash\nx']);
  });

  test('blank lines (spaces only too) end a block', () => {
    expect(blocks('A\n   \nB\n\n\nC')).toEqual(['1:A', '3:B', '6:C']);
  });
});

describe('certaintyProblems', () => {
  test('Fundamentals pages are not held to the rule; Intermediate and Academic are', () => {
    expect(problems('No labels.', 'fundamentals')).toEqual([]);
    expect(problems('No labels.', 'intermediate')).toEqual([
      '1 This intermediate page marks none of its key claims with a certainty label.',
    ]);
    expect(certaintyProblems('x', 'a.mdx', 'academic')[0]?.hint).toBe(
      'Add <Certainty level="…" /> after each key claim, next to its citation; levels are high, moderate, low, very-low, insufficient (see /evidence/grading/).',
    );
  });

  test('a label needs a citation or a citing component in its own block', () => {
    expect(problems('Claim [@doe2003]. <Certainty level="low" />')).toEqual([]);
    expect(problems('<TrialTable id="x" />\nClaim. <Certainty level="low" />')).toEqual([]);
    expect(problems('<ForestPlot evidence="x" /> <Certainty level="low" />')).toEqual([]);
    expect(problems('Claim [@doe2003].\n\nOther claim. <Certainty level="low" />')).toEqual([`3 <Certainty level="low" /> ${NOTHING_CITED}`]);
    // `<Term>` does not cite; `[@` needs a letter after it.
    expect(problems('<Term id="x">t</Term> <Certainty level="low" />')).toHaveLength(1);
    expect(problems('Claim [@1]. <Certainty level="low" />')).toHaveLength(1);
  });

  test('"insufficient" needs no citation, in either quote style', () => {
    expect(problems('No trial. <Certainty level="insufficient" />')).toEqual([]);
    expect(problems("No trial. <Certainty level='insufficient' />")).toEqual([]);
  });

  test('each uncited label is reported on its own line within the block', () => {
    const text = '---\nt: 1\n---\nFirst line\nsecond <Certainty level="low" />\nthird <Certainty level="high" />';
    expect(problems(text)).toEqual([`5 <Certainty level="low" /> ${NOTHING_CITED}`, `6 <Certainty level="high" /> ${NOTHING_CITED}`]);
    expect(certaintyProblems(text, 'x/a.mdx', 'academic')[0]).toMatchObject({
      file: 'x/a.mdx',
      hint: 'Cite the evidence the rating rests on in that paragraph ([@key]), or move the label next to the sentence that cites it.',
    });
  });
});

describe('checkCertaintyLabels', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('checks each topic folder at the depths that exist, and nothing when there are no articles', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'strata-certainty-'));
    dirs.push(root);
    expect(checkCertaintyLabels(root)).toEqual([]);
    const topic = path.join(root, 'content', 'articles', 'topic-a');
    mkdirSync(topic, { recursive: true });
    writeFileSync(path.join(root, 'content', 'articles', 'stray.mdx'), 'Not in a topic folder.');
    writeFileSync(path.join(topic, 'fundamentals.mdx'), 'No labels needed.');
    writeFileSync(path.join(topic, 'academic.mdx'), 'No labels.');
    expect(checkCertaintyLabels(root).map((p) => `${p.file}:${p.line}`)).toEqual(['content/articles/topic-a/academic.mdx:1']);
  });
});
