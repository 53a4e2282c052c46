import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildBibliography } from '../../src/lib/bib/bibliography';
import { cachedFormatVancouver } from '../../src/lib/bib/format-cache';
import { formatVancouver, type CslItem } from '../../src/lib/bib/format-reference';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const cacheFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-bib-cache-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'strata-references.json');
};

const items = (): CslItem[] => [
  { id: 'smith2001', type: 'article-journal', title: 'A trial', author: [{ family: 'Smith', given: 'Anna' }], 'container-title': 'JAMA', issued: { 'date-parts': [[2001]] } },
  { id: 'lee2010', type: 'article-journal', title: 'Another trial', author: [{ family: 'Lee', given: 'Kim' }], 'container-title': 'BMJ', issued: { 'date-parts': [[2010]] } },
];

/** Overwrites the cached texts (keeping the key), so a later hit can be told from a fresh format. */
function tamper(file: string): void {
  const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; texts: Array<[string, string]> };
  writeFileSync(file, JSON.stringify({ key: cached.key, texts: cached.texts.map(([id]) => [id, `cached ${id}`]) }));
}

test('formats exactly as formatVancouver, and reuses the stored texts while the items are the same', () => {
  const file = cacheFile();
  expect(cachedFormatVancouver(items(), file)).toEqual(formatVancouver(items()));
  tamper(file);
  expect(cachedFormatVancouver(items(), file).get('lee2010')).toBe('cached lee2010');
});

test('any changed item formats every item afresh', () => {
  const file = cacheFile();
  cachedFormatVancouver(items(), file);
  tamper(file);
  const changed = items();
  changed[1]!.title = 'Another trial, corrected';
  const texts = cachedFormatVancouver(changed, file);
  expect(texts).toEqual(formatVancouver(changed));
  expect(texts.get('smith2001')).not.toMatch(/^cached/);
  expect(texts.get('lee2010')).toMatch(/Another trial, corrected/);
});

test('an unreadable cache file only costs the formatting', () => {
  const file = cacheFile();
  cachedFormatVancouver(items(), file);
  writeFileSync(file, '{not json');
  expect(cachedFormatVancouver(items(), file)).toEqual(formatVancouver(items()));
});

test('buildBibliography gives the same references with and without the cache', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../references.bib'), 'utf8');
  const file = cacheFile();
  const plain = buildBibliography(text, 'references.bib');
  expect(buildBibliography(text, 'references.bib', { formatCacheFile: file })).toEqual(plain);
  expect(buildBibliography(text, 'references.bib', { formatCacheFile: file })).toEqual(plain);
});
