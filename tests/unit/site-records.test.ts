/**
 * The shared parse records of the unit project (tests/helpers/site-records.ts):
 * compiled once, read by every file that checks the real content, and never
 * used once anything a record could depend on has changed.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleFiles, compileArticles } from '../../src/lib/markdown/compile-articles';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';
import { FIXTURE_SITE } from '../helpers/fixture-site';
import { parseRecordsOf, ROOT } from '../helpers/pipeline';
import { cachedSiteRecords, siteRecords, siteRecordsCacheFile, writeSiteRecords } from '../helpers/site-records';

describe('a cache of a scratch copy of the fixture site', () => {
  let dir: string;
  let cacheFile: string;
  let written: ParseRecord[];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'strata-site-records-'));
    cpSync(path.join(FIXTURE_SITE, 'references.bib'), path.join(dir, 'references.bib'));
    cpSync(path.join(FIXTURE_SITE, 'content'), path.join(dir, 'content'), { recursive: true });
    cacheFile = path.join(dir, 'records.json');
    written = await writeSiteRecords(dir, cacheFile);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Edits a file of the scratch site, runs `check`, and puts the file back. */
  const withEdit = async (relative: string, edit: (file: string) => void, check: () => unknown) => {
    const file = path.join(dir, relative);
    const before = readFileSync(file);
    edit(file);
    try {
      await check();
    } finally {
      writeFileSync(file, before);
    }
  };

  test('holds one record per article, in the order compileArticles gives, and is read back while nothing changed', () => {
    // Records name files relative to the working directory (the project root), as in messages.
    expect(written.map((record) => path.resolve(record.file))).toEqual(articleFiles(dir));
    expect(written[0]!.sections.length).toBeGreaterThan(0);
    expect(cachedSiteRecords(dir, cacheFile)).toEqual(written);
  });

  test.each([
    ['an article', 'content/articles/estrogen-dose/intermediate.mdx'],
    ['references.bib', 'references.bib'],
    ['a trial record', 'content/trials'],
    ['the glossary', 'content/glossary'],
    ['a claim record', 'content/claims'],
  ])('is rejected once %s changes', async (_name, relative) => {
    const target = relative.endsWith('.mdx') || relative.endsWith('.bib') ? relative : path.join(relative, firstFile(path.join(dir, relative)));
    await withEdit(target, (file) => appendFileSync(file, '\n'), () => {
      expect(cachedSiteRecords(dir, cacheFile)).toBeUndefined();
    });
    expect(cachedSiteRecords(dir, cacheFile)).toEqual(written);
  });

  test('a stale cache is not read: the edited article is compiled again and cached anew', async () => {
    const relative = 'content/articles/estrogen-dose/intermediate.mdx';
    await withEdit(relative, (file) => appendFileSync(file, '\n## A section added after caching [#added-after-caching]\n\nNew text.\n'), async () => {
      const records = await siteRecords(dir, cacheFile);
      const record = records.find((r) => path.resolve(r.file) === path.join(dir, relative))!;
      expect(record.sections.map((s) => s.title)).toContain('A section added after caching');
      expect(written.find((r) => path.resolve(r.file) === path.join(dir, relative))!.sections.map((s) => s.title)).not.toContain('A section added after caching');
      expect(cachedSiteRecords(dir, cacheFile)).toEqual(records);
    });
    expect(cachedSiteRecords(dir, cacheFile)).toBeUndefined();
  }, 60_000);

  test('an unreadable cache file is not used', () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, readFileSync(cacheFile, 'utf8').slice(0, 100));
    expect(cachedSiteRecords(dir, broken)).toBeUndefined();
  });
});

describe('the real site', () => {
  test('parseRecordsOf() reads the cache the unit project filled, one record per article', async () => {
    const cached = cachedSiteRecords(ROOT);
    expect(cached, `no fresh cache at ${siteRecordsCacheFile(ROOT)} (tests/unit/global-setup.ts fills it)`).toBeDefined();
    expect(cached!.map((record) => record.file)).toEqual(articleFiles(ROOT).map((file) => path.relative(ROOT, file)));
    expect(await parseRecordsOf()).toEqual(cached);
  });

  test('the cached records of a topic are exactly what compileArticles makes of its files now', async () => {
    const cached = (await parseRecordsOf()).filter((record) => record.topic === 'estrogen-dose');
    expect(cached.map((record) => record.level)).toEqual(['fundamentals', 'intermediate', 'academic']);
    expect(await compileArticles(ROOT, cached.map((record) => record.file))).toEqual(cached);
  }, 60_000);
});

/** The first file, by name, in a folder. */
function firstFile(folder: string): string {
  return readdirSync(folder).filter((name) => !name.startsWith('.')).sort()[0]!;
}
