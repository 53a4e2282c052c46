/**
 * A failed `astro build` leaves no dist/ behind, at each stage a build can
 * fail: validation before rendering (a broken references.bib entry), while
 * compiling an article (an unclosed component), in the content checks that
 * read every article's parse record before any page renders (a certainty
 * label that cites nothing), and in the checks after rendering (a link to a
 * section that does not exist). Each case builds a scratch copy of the
 * minimal fixture site (tests/fixtures/site: one topic at three depths, so a
 * build takes seconds however large content/ grows) with one bad input and a
 * stale dist/ from an earlier "good" build, and asserts the error names file,
 * line and fix. One more case builds the fixture unchanged, so the fixture
 * itself stays a valid site.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, removeAll, scratchSite } from '../helpers/fixture-site';

const scratch: string[] = [];
afterAll(() => removeAll(scratch));

/** A scratch copy of the fixture site, removed after the suite. */
function scratchProject(): string {
  const dir = scratchSite();
  scratch.push(dir);
  return dir;
}

function edit(file: string, change: (text: string) => string) {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  // A change that does nothing would let a test pass for the wrong reason.
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

describe('the minimal fixture site', () => {
  test('builds, passes every check and renders its topic at three depths', () => {
    const dir = scratchProject();
    const { status, output } = buildSite(dir);
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const dist = path.join(dir, 'dist');
    for (const level of ['fundamentals', 'intermediate', 'academic']) {
      expect(existsSync(path.join(dist, 'topics/estrogen-dose', level, 'index.html')), level).toBe(true);
    }
    const academic = readFileSync(path.join(dist, 'topics/estrogen-dose/academic/index.html'), 'utf8');
    expect(academic).toContain('id="ref-prestwood2003ultralow"');
    expect(academic).toContain('class="katex"');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('stale build');
    expect(existsSync(path.join(dist, '_headers'))).toBe(true);
  }, 180_000);
});

describe('a failed build leaves no dist/', () => {
  test('validation stage: a references.bib entry without a title', () => {
    const dir = scratchProject();
    edit(path.join(dir, 'references.bib'), (bib) => bib.replace(/^(\s*)title\s*=\s*\{[^\n]*\n/m, ''));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/references\.bib:\d+/);
    expect(output).toContain('Fix:');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);

  test('compile stage: an unclosed component in an article', () => {
    const dir = scratchProject();
    const article = path.join(dir, 'content/articles/estrogen-dose/intermediate.mdx');
    edit(article, (text) => `${text}\n\nA word left open: <Term id="remodeling">remodeling.\n`);
    const lines = readFileSync(article, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('A word left open')) + 1;
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/articles/estrogen-dose/intermediate.mdx:${line}`);
    expect(output).toContain('Close it with </Term>');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);

  test('content checks on the parse records: a certainty label that cites nothing', () => {
    const dir = scratchProject();
    const article = path.join(dir, 'content/articles/estrogen-dose/academic.mdx');
    edit(article, (text) => `${text}\n\nAn unsupported claim. <Certainty level="low" />\n`);
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.includes('An unsupported claim')) + 1;
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/articles/estrogen-dose/academic.mdx:${line}: <Certainty level="low" /> grades a claim that cites nothing`);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);

  test('content checks on the parse records: a claim id that has no record', () => {
    const dir = scratchProject();
    const article = path.join(dir, 'content/articles/estrogen-dose/intermediate.mdx');
    edit(article, (text) => `${text}\n\nA claim with a typo in its id [@prestwood2003ultralow] <Claim id="ed-prestwod-bmd" />.\n`);
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.includes('A claim with a typo')) + 1;
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/articles/estrogen-dose/intermediate.mdx:${line}: <Claim id="ed-prestwod-bmd" /> names no claim in content/claims/.`);
    expect(output).toContain('Did you mean `ed-prestwood-bmd`');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);

  test('after rendering: a link to a section that does not exist', () => {
    const dir = scratchProject();
    edit(path.join(dir, 'content/articles/estrogen-dose/fundamentals.mdx'), (text) => `${text}\n\nSee [the missing part](/topics/estrogen-dose/academic/#no-such-section).\n`);
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/estrogen-dose/fundamentals.mdx (field `/topics/estrogen-dose/fundamentals/ → /topics/estrogen-dose/academic/#no-such-section`): Broken anchor');
    expect(output).toContain('Fix: Use an existing section id');
    // Reported once, for the article, not again for each of its print views.
    expect(output.match(/Broken anchor/g)).toHaveLength(1);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);
});
