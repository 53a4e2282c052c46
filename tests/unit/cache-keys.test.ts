import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cacheKeys } from '../../src/lib/build/cache-keys';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  vi.unstubAllEnvs();
});

/** A minimal project: root files, src/, and a content folder with two topics. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'strata-cache-keys-'));
  dirs.push(root);
  const files: Record<string, string> = {
    'references.bib': '@article{a2020, title = {A}}\n@article{b2021, title = {B}}\n',
    'astro.config.mjs': 'export default {};\n',
    'src/lib/x.ts': 'export const x = 1;\n',
    'content/further-reading.yaml': 'entries: []\n',
    'content/articles/one/fundamentals.mdx': '## A [#a]\n',
    'content/articles/one/academic.mdx': '## A [#a]\n',
    'content/articles/two/fundamentals.mdx': '## B [#b]\n',
    'content/trials/t.yaml': 'estimate: 2.8\n',
    'content/evidence/e.yaml': 'studies: []\n',
    'content/glossary/g.yaml': 'term: G\n',
    'content/topics/one.yaml': 'title: One\n',
    'content/aliases.yaml': 'pages: {}\n',
    'content/anchors.lock.json': '{}\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const snapshot = (root: string) => {
  const keys = cacheKeys(root);
  return { site: keys.site, one: keys.topic('one'), two: keys.topic('two'), articles: keys.articles };
};

describe('cacheKeys', () => {
  test('the same inputs give the same keys', () => {
    const root = project();
    expect(snapshot(root)).toEqual(snapshot(root));
  });

  test.each([
    'references.bib',
    'astro.config.mjs',
    'src/lib/x.ts',
    'content/further-reading.yaml',
    'content/trials/t.yaml',
    'content/evidence/e.yaml',
    'content/glossary/g.yaml',
    'content/topics/one.yaml',
    'content/aliases.yaml',
    'content/claims/new-kind-of-input.yaml',
  ])('editing %s changes every key', (file) => {
    const root = project();
    const before = snapshot(root);
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'changed\n');
    const after = snapshot(root);
    for (const name of ['site', 'one', 'two', 'articles'] as const) expect(after[name], name).not.toBe(before[name]);
  });

  test("an article changes its topic's key (every depth's pages) and the all-articles key, not the other topic's", () => {
    const root = project();
    const before = snapshot(root);
    writeFileSync(path.join(root, 'content/articles/one/fundamentals.mdx'), '## A [#a]\n\n## New [#new]\n');
    const after = snapshot(root);
    expect(after.site).toBe(before.site);
    expect(after.two).toBe(before.two);
    expect(after.one).not.toBe(before.one);
    expect(after.articles).not.toBe(before.articles);
  });

  test('the anchor lock is not an input (the build writes it; no page renders from it)', () => {
    const root = project();
    const before = snapshot(root);
    writeFileSync(path.join(root, 'content/anchors.lock.json'), '{"pages":{}}\n');
    expect(snapshot(root)).toEqual(before);
  });

  test('the site URL is an input, and content is read from STRATA_CONTENT_DIR', () => {
    const root = project();
    const before = snapshot(root);
    vi.stubEnv('STRATA_SITE_URL', 'https://mirror.example.org');
    expect(snapshot(root).site).not.toBe(before.site);
    vi.unstubAllEnvs();
    const other = path.join(root, 'other-content');
    mkdirSync(path.join(other, 'glossary'), { recursive: true });
    writeFileSync(path.join(other, 'glossary/g.yaml'), 'term: G\n');
    vi.stubEnv('STRATA_CONTENT_DIR', other);
    expect(snapshot(root).site).not.toBe(before.site);
  });

  test('without a root (as routes call it) the keys of the working directory are hashed once per process and shared', () => {
    const root = project();
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(root);
    try {
      const first = cacheKeys();
      expect(cacheKeys()).toBe(first);
      expect(first.site).toBe(cacheKeys(root).site);
      // A different site URL is a different build: it gets its own keys.
      vi.stubEnv('STRATA_SITE_URL', 'https://mirror.example.org');
      expect(cacheKeys()).not.toBe(first);
      expect(cacheKeys().site).not.toBe(first.site);
    } finally {
      cwd.mockRestore();
    }
  });
});
