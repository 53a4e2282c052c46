/**
 * Depth gaps: a section id a topic has at some depths and not others must be
 * declared in content/depth-gaps.yaml with where to land instead. The check
 * reads the parse records; bad declarations are in the bad-input catalogue
 * (tests/fixtures/bad/depth-gap-*.yaml, messages pinned below).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { depthGapProblems, findDepthGaps } from '../../src/lib/depth/depth-gap-check';
import { loadDepthGaps, parseDepthGaps } from '../../src/lib/depth/load-depth-gaps';
import { articleFiles } from '../../src/lib/markdown/compile-articles';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';
import { FIXTURE_SITE } from '../helpers/fixture-site';
import { depthGapNote } from '../../src/lib/markdown/rehype-depth-gap-notes';
import { fixture, parseRecordsOf, processMdx, ROOT } from '../helpers/pipeline';

let fixtureRecords: ParseRecord[];
beforeAll(async () => {
  fixtureRecords = await parseRecordsOf(...articleFiles(FIXTURE_SITE).map((file) => path.relative(ROOT, file)));
}, 60_000);

const problemsOf = (name: string) => {
  const { gaps, problems } = parseDepthGaps(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`);
  return [...problems, ...(problems.length ? [] : depthGapProblems(fixtureRecords, gaps, `tests/fixtures/bad/${name}`))];
};

describe('finding gaps in the parse records', () => {
  test('the fixture site has exactly its two one-depth subsections as gaps', () => {
    const gaps = findDepthGaps(fixtureRecords).map(({ topic, id, present, missing }) => ({ topic, id, present, missing }));
    expect(gaps).toEqual([
      { topic: 'estrogen-dose', id: 'ultra-low-dose', present: ['fundamentals'], missing: ['intermediate', 'academic'] },
      { topic: 'estrogen-dose', id: 'fractures', present: ['academic'], missing: ['fundamentals', 'intermediate'] },
    ]);
  });

  test("the fixture site's own declarations pass", () => {
    expect(depthGapProblems(fixtureRecords, loadDepthGaps(FIXTURE_SITE).gaps)).toEqual([]);
  });

  test('every gap of the real site is declared with a landing section that exists', async () => {
    const records = await parseRecordsOf();
    const declared = loadDepthGaps(ROOT);
    expect(declared.problems).toEqual([]);
    expect(depthGapProblems(records, declared.gaps)).toEqual([]);
    expect(findDepthGaps(records)).toHaveLength(declared.gaps.length);
    // The 22 gaps the review of issue 12 found in the first five topics, all declared (none filled yet);
    // topics added later (issue 14) declare their own gaps on top of these.
    const issue12Topics = ['bone-hormones', 'estrogen-decline', 'estrogen-dose', 'hormonal-treatments', 'hormone-therapy-prevention'];
    expect(declared.gaps.filter((g) => issue12Topics.includes(g.topic))).toHaveLength(22);
  }, 180_000);
});

describe('bad declarations (bad-input catalogue)', () => {
  const cases: Array<[string, string[]]> = [
    ['depth-gap-undeclared.yaml', ['tests/fixtures/site/content/articles/estrogen-dose/academic.mdx:24', '`#fractures` of topic `estrogen-dose` exists at Academic but not at Fundamentals and Intermediate', 'goTo: { fundamentals: <section id>, intermediate: <section id> }']],
    ['depth-gap-unknown-goto.yaml', ['depth-gap-unknown-goto.yaml:9', 'depth-gap-unknown-goto.yaml:12', 'goTo.fundamentals', 'names no section to land on at Fundamentals', 'goTo.intermediate', 'has no section `#dose-respons`', 'Did you mean `dose-response`']],
    ['depth-gap-stale.yaml', ['depth-gap-stale.yaml:12', 'has section `#remodeling` at every depth or at none', 'Remove this declaration']],
    ['depth-gap-short-reason.yaml', ['depth-gap-short-reason.yaml:5', 'gaps[0].reason', 'Say in a sentence why']],
  ];
  test.each(cases)('%s fails naming file, line and fix', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems.length).toBeGreaterThan(0);
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });
});

test('content/depth-gaps.yaml is read by the loader, not a copy', () => {
  const text = readFileSync(path.join(ROOT, 'content/depth-gaps.yaml'), 'utf8');
  expect(parseDepthGaps(text, 'content/depth-gaps.yaml').gaps).toEqual(loadDepthGaps(ROOT).gaps);
});

describe('the note under a declared-gap section (works without JavaScript)', () => {
  const textOf = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text' ? node.value! : (node.children ?? []).map((c) => textOf(c as typeof node)).join('');
  const linksOf = (node: { children: Array<{ type: string; tagName?: string; properties?: Record<string, unknown> }> }) =>
    node.children.filter((c) => c.type === 'element' && c.tagName === 'a').map((a) => a.properties!.href);

  test('one missing depth: says so and links to its declared section', () => {
    const note = depthGapNote('estrogen-dose', { topic: 'estrogen-dose', id: 'dose-tiers', reason: 'x'.repeat(20), goTo: { fundamentals: 'dose-response' } });
    expect(textOf(note)).toBe('The Fundamentals page has no section like this one. Go to the closest section at Fundamentals.');
    expect(linksOf(note as never)).toEqual(['/topics/estrogen-dose/fundamentals/#dose-response']);
  });

  test('two missing depths: both named, each linked, in depth order', () => {
    const note = depthGapNote('t', { topic: 't', id: 'x', reason: 'x'.repeat(20), goTo: { intermediate: 'b', fundamentals: 'a' } });
    expect(textOf(note)).toBe('Neither the Fundamentals nor the Intermediate page has a section like this one. Go to the closest section at Fundamentals or the closest section at Intermediate.');
    expect(linksOf(note as never)).toEqual(['/topics/t/fundamentals/#a', '/topics/t/intermediate/#b']);
  });

  test('the build pipeline puts the note into the declared section only', async () => {
    const { html } = await processMdx('content/articles/estrogen-dose/academic.mdx');
    const notes = [...html.matchAll(/<section[^>]*data-section="([^"]+)"[^>]*>(?:(?!<section).)*?<p class="depth-gap-note" data-depth-gap="([^"]+)"/gs)].map((m) => [m[1], m[2]]);
    expect(notes).toEqual([['rankl-opg', 'rankl-opg'], ['remodeling-model', 'remodeling-model'], ['estrogen-receptors', 'estrogen-receptors'], ['cell-dose-response', 'cell-dose-response'], ['dose-tiers', 'dose-tiers']]);
  });
});
