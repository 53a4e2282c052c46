/**
 * npm run report:readability — Flesch–Kincaid grade and word count of the
 * prose of every article page (topic × depth), measured as the unit tests
 * measure it, from the prose each article's parse recorded
 * (src/lib/content/readability.ts: tables, math, code, components and
 * citations left out). Exits 1 if a Fundamentals page is above grade 8 or
 * an Intermediate page above grade 12; Academic pages are reported only.
 */
import { LEVEL_LABELS } from '../src/lib/content/levels';
import { readabilityReport } from '../src/lib/content/readability';
import { compileArticles } from '../src/lib/markdown/compile-articles';

// One compile of each article with the production processor; the report reads its parse records.
const rows = readabilityReport(await compileArticles(process.cwd()));
const header = ['Topic', 'Depth', 'FK grade', 'Limit', 'Words', 'Result'];
const body = rows.map((row) => [
  row.topic,
  LEVEL_LABELS[row.level],
  row.grade.toFixed(1),
  row.limit === undefined ? '—' : `≤ ${row.limit}`,
  String(row.words),
  row.limit === undefined ? 'reported' : row.ok ? 'ok' : 'TOO HARD',
]);
const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
const numeric = new Set([2, 3, 4]);
const line = (cells: string[]) => cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const cells of body) console.log(line(cells));

const failing = rows.filter((row) => !row.ok);
if (failing.length > 0) {
  console.error(`\n${failing.length} page(s) above their grade limit:`);
  for (const row of failing) {
    console.error(`  ${row.file}: grade ${row.grade.toFixed(1)} > ${row.limit}. Shorten sentences and prefer shorter words (same facts).`);
  }
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages within their limits (Fundamentals ≤ 8, Intermediate ≤ 12; Academic not limited).`);
