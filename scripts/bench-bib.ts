/**
 * npm run bench:bib — time to load the bibliography (parse references.bib,
 * find each entry's and field's line, validate, convert to CSL, format in
 * Vancouver style) at 1× and 10× the real file (10×: nine more copies of every
 * entry under new keys), for the current code and, side by side in the same
 * run, the implementation before issue 11 (read from git at BENCH_BIB_OLD,
 * default 75e5103; skipped if git cannot show it). Each measurement runs in a
 * fresh process, so neither warms the other's caches (citeproc engines,
 * formatted-reference memos). Also times parseBibtex alone (citation-js's
 * parse and each entry's and field's line number), where the old code counted
 * newlines from the start of the file for every entry.
 * A measurement, not a test: it prints a table and writes .bench/bib.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const OLD_COMMIT = process.env.BENCH_BIB_OLD ?? '75e5103';
const SIZES = [1, 10];

/** references.bib repeated `copies` times, every key of copy n suffixed `-xn`. */
function multiplied(copies: number): string {
  const text = readFileSync(path.join(root, 'references.bib'), 'utf8');
  const parts = [text];
  for (let n = 2; n <= copies; n++) parts.push(text.replace(/@([a-zA-Z]+)\s*\{\s*([^,\s]+)\s*,/g, (m, type: string, key: string) => (type.toLowerCase() === 'comment' ? m : `@${type}{${key}-x${n},`)));
  return parts.join('\n');
}

/** Copies the old bibliography code out of git into .bench/bib-old/; returns its bibliography module, or undefined. */
function oldImplementation(): string | undefined {
  const dir = path.join(root, '.bench/bib-old');
  try {
    for (const file of ['src/lib/bib/bibliography.ts', 'src/lib/bib/parse-bibtex.ts', 'src/lib/bib/validate-entries.ts', 'src/lib/bib/format-reference.ts', 'src/lib/content-error.ts']) {
      const source = execFileSync('git', ['show', `${OLD_COMMIT}:${file}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), source);
    }
    return path.join(dir, 'src/lib/bib/bibliography.ts');
  } catch {
    return undefined;
  }
}

interface Measure {
  impl: string;
  copies: number;
  entries: number;
  ms: number;
  parseMs: number;
}

/** One measurement, in this (fresh) process. */
async function measureOne(impl: string, module: string, copies: number): Promise<Measure> {
  const text = multiplied(copies);
  const { buildBibliography } = (await import(pathToFileURL(module).href)) as typeof import('../src/lib/bib/bibliography');
  const start = performance.now();
  const bibliography = buildBibliography(text, 'references.bib');
  const ms = performance.now() - start;
  // Parsing alone (citation-js's parse plus every entry's and field's line), where the line lookup is.
  const { parseBibtex } = (await import(pathToFileURL(path.join(path.dirname(module), 'parse-bibtex.ts')).href)) as typeof import('../src/lib/bib/parse-bibtex');
  const parseStart = performance.now();
  parseBibtex(text, 'references.bib');
  const parseMs = performance.now() - parseStart;
  return { impl, copies, entries: bibliography.size, ms, parseMs };
}

if (process.argv[2] === '--one') {
  const [impl, module, copies] = process.argv.slice(3) as [string, string, string];
  console.log(JSON.stringify(await measureOne(impl, module, Number(copies))));
} else {
  const implementations: Array<[string, string]> = [['new', path.join(root, 'src/lib/bib/bibliography.ts')]];
  const old = oldImplementation();
  if (old) implementations.unshift(['old', old]);
  else console.log(`(old implementation not found at git ${OLD_COMMIT}; measuring the current code only)`);
  const results: Measure[] = [];
  for (const copies of SIZES) {
    for (const [impl, module] of implementations) {
      const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--one', impl, module, String(copies)], { cwd: root, encoding: 'utf8' });
      const result = JSON.parse(out.trim().split('\n').pop()!) as Measure;
      results.push(result);
      console.log(`${String(copies).padStart(3)}×  ${impl.padEnd(4)} ${String(result.entries).padStart(5)} entries   load+format ${result.ms.toFixed(0).padStart(7)} ms   parseBibtex alone ${result.parseMs.toFixed(0).padStart(6)} ms`);
    }
  }
  mkdirSync(path.join(root, '.bench'), { recursive: true });
  writeFileSync(path.join(root, '.bench/bib.json'), JSON.stringify({ date: new Date().toISOString(), oldCommit: old ? OLD_COMMIT : null, results }, null, 2));
}
