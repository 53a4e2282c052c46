import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheKeys } from '../../src/lib/build/cache-keys';
import { compileArticles } from '../../src/lib/markdown/compile-articles';
import type { ParseRecord } from '../../src/lib/markdown/parse-record';

/**
 * Bump when the cache file's shape changes (not for changes to src/ or
 * content/: those change the key by themselves).
 */
const FORMAT = 'strata-unit-site-records-1';

/**
 * Where the unit project keeps every article's parse record between test
 * files (and between runs while nothing changes): one file per project root,
 * under node_modules/.cache (git-ignored).
 */
export function siteRecordsCacheFile(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'strata', 'unit-site-records.json');
}

interface CacheFile {
  format: string;
  key: string;
  records: ParseRecord[];
}

/**
 * The key the cache is valid for: the build's own `articles` cache key
 * (src/lib/build/cache-keys.ts: references.bib, src/, the lockfile, the
 * config, every content file and every article), plus the content folder
 * the key was computed for. Any edit to what a record could depend on
 * changes it.
 */
export function siteRecordsKey(root: string): string {
  return `${FORMAT}\n${cacheKeys(root).articles}`;
}

/**
 * The cached records of every article of `root`, or undefined when there is
 * no cache or it was written for other inputs (a stale cache is never used).
 */
export function cachedSiteRecords(root: string, cacheFile = siteRecordsCacheFile(root)): ParseRecord[] | undefined {
  if (!existsSync(cacheFile)) return undefined;
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (cache.format !== FORMAT || cache.key !== siteRecordsKey(root)) return undefined;
  return cache.records;
}

/**
 * Compiles every article of `root` with `compileArticles` (the production MDX
 * processor, as the readability report and the build's checks use it) and
 * writes the records with the key of the inputs they were made from. The key
 * is taken before compiling, so an edit made while compiling leaves a cache
 * that the next read rejects. Written to a temporary name and renamed, so a
 * reader never sees half a file.
 */
export async function writeSiteRecords(root: string, cacheFile = siteRecordsCacheFile(root)): Promise<ParseRecord[]> {
  const key = siteRecordsKey(root);
  const records = await compileArticles(root);
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, key, records } satisfies CacheFile));
  renameSync(temporary, cacheFile);
  return records;
}

/**
 * Every article's parse record: from the cache when it matches today's
 * inputs, else compiled afresh (and cached for the next reader).
 */
export async function siteRecords(root: string, cacheFile = siteRecordsCacheFile(root)): Promise<ParseRecord[]> {
  return cachedSiteRecords(root, cacheFile) ?? (await writeSiteRecords(root, cacheFile));
}
