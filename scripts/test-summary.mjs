#!/usr/bin/env node
/**
 * Sums vitest's "Tests  N passed (M)" lines in a log (one per vitest run) and
 * prints a single plain closing line: "tests: N passed, F failed, S skipped".
 * Exits 1 if any test failed or none ran.
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split('\n')) {
  const match = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!match) continue;
  for (const part of match[1].split('|')) {
    const [, count, kind] = /(\d+)\s+(\w+)/.exec(part.trim()) ?? [];
    if (kind === 'passed') passed += Number(count);
    else if (kind === 'failed') failed += Number(count);
    else if (kind === 'skipped' || kind === 'todo') skipped += Number(count);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
