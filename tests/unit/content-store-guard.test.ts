/**
 * A warm build must not render entries parsed by an older schema
 * (src/lib/build/content-store-guard.ts): the guard removes Astro's content
 * store when a schema source changes, and only then.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { clearStaleContentStore, schemaDigest } from '../../src/lib/build/content-store-guard';

function scratch() {
  const root = mkdtempSync(path.join(tmpdir(), 'strata-store-'));
  mkdirSync(path.join(root, 'src/lib/content'), { recursive: true });
  writeFileSync(path.join(root, 'src/content.config.ts'), 'export const collections = {};\n');
  writeFileSync(path.join(root, 'src/lib/content/article-schema.ts'), 'export const a = 1;\n');
  const cacheDir = path.join(root, 'node_modules/.astro');
  mkdirSync(cacheDir, { recursive: true });
  const store = path.join(cacheDir, 'data-store.json');
  writeFileSync(store, '{}');
  return { root, cacheDir, store };
}

test('keeps the store while the schema sources are unchanged, clears it after a schema edit', () => {
  const { root, cacheDir, store } = scratch();
  expect(clearStaleContentStore(root, cacheDir)).toBe(true); // no stamp yet: the store's schema is unknown
  writeFileSync(store, '{}');
  expect(clearStaleContentStore(root, cacheDir)).toBe(false);
  expect(existsSync(store)).toBe(true);
  writeFileSync(path.join(root, 'src/lib/content/article-schema.ts'), 'export const a = 2;\n');
  expect(clearStaleContentStore(root, cacheDir)).toBe(true);
  expect(existsSync(store)).toBe(false);
});

test('the digest changes with a file added to the schema folder and ignores files elsewhere', () => {
  const { root } = scratch();
  const before = schemaDigest(root);
  writeFileSync(path.join(root, 'src/other.ts'), 'x');
  expect(schemaDigest(root)).toBe(before);
  writeFileSync(path.join(root, 'src/lib/content/new-schema.ts'), 'x');
  expect(schemaDigest(root)).not.toBe(before);
});
