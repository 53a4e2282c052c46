/**
 * A failed `astro build` leaves no dist/ behind, at each stage a build can
 * fail: validation before rendering (a broken references.bib entry), while
 * compiling an article (an unclosed component), in the content checks that
 * read every article's parse record before any page renders (a certainty
 * label that cites nothing), and in the checks after rendering (a link to a
 * section that does not exist). Each case builds a
 * scratch copy of the project with one bad input and a stale dist/ from an
 * earlier "good" build, and asserts the error names file, line and fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project (sources and content, node_modules linked) with a stale dist/. */
function scratchProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-bad-build-'));
  scratch.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'references.bib', 'src', 'content', 'public']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>stale build</title>');
  return dir;
}

function build(dir: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('a failed build leaves no dist/', () => {
  test('validation stage: a references.bib entry without a title', () => {
    const dir = scratchProject();
    edit(path.join(dir, 'references.bib'), (bib) => bib.replace(/^(\s*)title\s*=\s*\{[^\n]*\n/m, ''));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/references\.bib:\d+/);
    expect(output).toContain('Fix:');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);

  test('compile stage: an unclosed component in an article', () => {
    const dir = scratchProject();
    const article = path.join(dir, 'content/articles/estrogen-dose/intermediate.mdx');
    edit(article, (text) => `${text}\n\nA word left open: <Term id="osteoporosis">thin bones.\n`);
    const lines = readFileSync(article, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('A word left open')) + 1;
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/articles/estrogen-dose/intermediate.mdx:${line}`);
    expect(output).toContain('Close it with </Term>');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 300_000);

  test('content checks on the parse records: a certainty label that cites nothing', () => {
    const dir = scratchProject();
    const article = path.join(dir, 'content/articles/estrogen-dose/academic.mdx');
    edit(article, (text) => `${text}\n\nAn unsupported claim. <Certainty level="low" />\n`);
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.includes('An unsupported claim')) + 1;
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/articles/estrogen-dose/academic.mdx:${line}: <Certainty level="low" /> grades a claim that cites nothing`);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 300_000);

  test('after rendering: a link to a section that does not exist', () => {
    const dir = scratchProject();
    edit(path.join(dir, 'content/articles/estrogen-dose/fundamentals.mdx'), (text) => `${text}\n\nSee [the missing part](/topics/estrogen-dose/academic/#no-such-section).\n`);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/estrogen-dose/fundamentals.mdx (field `/topics/estrogen-dose/fundamentals/ → /topics/estrogen-dose/academic/#no-such-section`): Broken anchor');
    expect(output).toContain('Fix: Use an existing section id');
    // Reported once, for the article, not again for each of its print views.
    expect(output.match(/Broken anchor/g)).toHaveLength(1);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 420_000);
});
