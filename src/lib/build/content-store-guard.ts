import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files whose code decides what the content store holds: the collections and their zod schemas. */
export const SCHEMA_SOURCES = ['src/content.config.ts', 'src/lib/content'];

/** Hex SHA-256 over the schema sources (path and bytes of every file, sorted), so a change to any of them changes it. */
export function schemaDigest(root: string, sources: readonly string[] = SCHEMA_SOURCES): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (absolute: string) => {
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) walk(path.join(absolute, name));
    } else files.push(absolute);
  };
  for (const source of sources) walk(path.join(root, source));
  for (const file of files.sort()) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * Astro keeps parsed entries (frontmatter after the zod schema) in its
 * content store between builds and clears the store when the content config
 * changes, but it judges that by the config's own digest: a schema imported
 * from another file (src/lib/content/article-schema.ts) can change without
 * clearing it, and a warm build then renders pages from entries parsed by the
 * old schema (seen on 5 Dec 2026: a new defaulted field was `undefined` on a
 * warm build and present on a cold one). This removes the store whenever the
 * schema sources' digest differs from the one recorded at the last build.
 * Returns true when it cleared the store.
 */
export function clearStaleContentStore(root: string, cacheDir: string): boolean {
  const stamp = path.join(cacheDir, 'strata-schema-digest');
  const digest = schemaDigest(root);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
  let cleared = false;
  if (previous !== digest) {
    for (const store of ['data-store.json', 'data-store']) {
      const file = path.join(cacheDir, store);
      if (existsSync(file)) {
        rmSync(file, { recursive: true, force: true });
        cleared = true;
      }
    }
  }
  if (existsSync(cacheDir)) writeFileSync(stamp, digest);
  return cleared;
}
