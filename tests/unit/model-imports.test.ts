/**
 * The architecture rule: src/model/ is pure computation. Its files import only
 * each other and Node built-ins: nothing from src/lib (build plumbing),
 * src/components (rendering), Astro, or any package. Imports are read with
 * TypeScript's own pre-processor (static, re-exports, dynamic and type-only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const MODEL = path.resolve(import.meta.dirname, '../../src/model');

/** Each source file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
    .map((f) => path.join(dir, f));
}

/** The module specifiers `text` imports or re-exports. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Why `specifier`, imported from `file`, breaks the rule, or undefined if it does not. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  if (!specifier.startsWith('.')) return `imports the package \`${specifier}\``;
  const target = path.resolve(path.dirname(file), specifier);
  if (target !== MODEL && !target.startsWith(MODEL + path.sep)) return `imports \`${specifier}\`, outside src/model (${path.relative(path.dirname(MODEL), target)})`;
  return undefined;
}

test('the import reader sees static, type-only, re-exported and dynamic imports', () => {
  expect(importsOf("import a from './a';\nimport type { B } from '../lib/b';\nexport { c } from 'c';\nconst d = await import('./d');")).toEqual(['./a', '../lib/b', 'c', './d']);
});

test('a file importing src/lib or a package is caught', () => {
  const file = path.join(MODEL, 'x/y.ts');
  expect(violation(file, '../../lib/bib/bibliography')).toMatch(/outside src\/model/);
  expect(violation(file, 'katex')).toMatch(/package `katex`/);
  expect(violation(file, '../z')).toBeUndefined();
  expect(violation(file, 'node:fs')).toBeUndefined();
});

test('src/model imports nothing from outside src/model except Node built-ins', () => {
  const files = sourceFiles(MODEL);
  expect(files.length).toBeGreaterThan(10);
  const problems = files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).flatMap((specifier) => {
      const why = violation(file, specifier);
      return why ? [`src/model/${path.relative(MODEL, file)} ${why}`] : [];
    }),
  );
  expect(problems).toEqual([]);
});
