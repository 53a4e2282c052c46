/**
 * `npm run anchors:migrate-print`: the one-time migration of
 * content/anchors.lock.json for print views that print only their own section
 * (see src/lib/links/print-lock-migration.ts). Rewrites the lock in place and
 * says how many ids it dropped; running it again changes nothing.
 */
import { readLock, writeLock } from '../src/lib/links/anchors';
import { articleSections, migratePrintLock } from '../src/lib/links/print-lock-migration';

const root = process.cwd();
const lock = readLock(root);
if (!lock) {
  console.error('content/anchors.lock.json is missing: nothing to migrate. Run `npm run anchors:update` to create it.');
  process.exit(1);
}
const cache = new Map<string, ReturnType<typeof articleSections>>();
const migrated = migratePrintLock(lock, (topic, level) => {
  const key = `${topic}/${level}`;
  if (!cache.has(key)) cache.set(key, articleSections(root, topic, level));
  return cache.get(key);
});
const count = (l: typeof lock) => Object.values(l.pages).reduce((n, ids) => n + ids.length, 0);
writeLock(root, new Map(), migrated);
console.log(`anchors.lock.json: ${count(lock) - count(migrated)} print-view section ids dropped (${count(lock)} → ${count(migrated)} ids); print views now publish only their own section and its subsections.`);
