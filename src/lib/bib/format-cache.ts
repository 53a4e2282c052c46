import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatVancouver, type CslItem } from './format-reference';

/** Version of a package as installed next to this module (its package.json), or `?` if it cannot be found. */
function installedVersion(name: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    while (path.basename(dir) !== path.basename(name) && dir !== path.dirname(dir)) dir = path.dirname(dir);
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/**
 * `formatVancouver(items)`, reused from an earlier build when nothing it
 * depends on changed. Citeproc takes about 10 ms a reference (1–2 s of every
 * build for today's bibliography), and a build that follows an article edit
 * formats the same references again. The result is stored in `cacheFile`
 * (under Astro's cache folder) with a key over every item as given, the
 * formatting code itself and the installed citeproc and citation-js
 * versions; any difference (one changed entry included) formats everything
 * afresh, exactly as without the cache. A missing, unreadable or unwritable
 * cache file only costs the formatting.
 */
export function cachedFormatVancouver(items: CslItem[], cacheFile: string): Map<string, string> {
  const key = createHash('sha256')
    .update(JSON.stringify([formatVancouver.toString(), ...['citeproc', '@citation-js/core', '@citation-js/plugin-csl'].map(installedVersion), items]))
    .digest('hex');
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key?: string; texts?: Array<[string, string]> };
    if (cached.key === key && Array.isArray(cached.texts)) return new Map(cached.texts);
  } catch {
    // No usable cache: format below.
  }
  const texts = formatVancouver(items);
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ key, texts: [...texts] }));
  } catch {
    // A read-only cache folder only costs the formatting next time.
  }
  return texts;
}
