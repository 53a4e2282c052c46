#!/usr/bin/env node
/**
 * npm run bench:postbuild — time and peak memory of the post-build passes
 * that read every page: the link and anchor check and the security rewrite.
 *
 * Needs a built site in dist/ (run `npm run build` first). Copies it to
 * .bench/postbuild/site and multiplies its HTML pages BENCH_COPIES times
 * (default 10, at most ~3000 pages; copies go under /copy-<n>/, so their
 * links still resolve to the real pages), then runs each pass in a child
 * process of its own and reports wall time and the child's peak resident
 * memory (`process.resourceUsage().maxRSS`, which sees the peak even inside
 * synchronous code).
 *
 * Each pass runs twice in the same run: the current code (src/lib) and the
 * code as it was before the passes streamed (BENCH_OLD_REF, default commit
 * 75e5103; `git archive` of its src/lib into .bench/postbuild/old). The two
 * results are compared (link problems and section ids; the `_headers` file) so
 * a faster pass that checks less would show. BENCH_OLD_REF=none skips it.
 *
 * The dist/ of the project is not modified. Writes .bench/postbuild.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.bench', 'postbuild');
const MAX_PAGES = 3000;

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5]);
else main();

function main() {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error('bench:postbuild needs a built site in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const site = path.join(work, 'site');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(dist, site, { recursive: true });
  const pages = htmlFiles(site);
  const copies = Math.max(1, Math.min(Number(process.env.BENCH_COPIES ?? 10), Math.floor(MAX_PAGES / pages.length)));
  for (let n = 2; n <= copies; n++) {
    for (const file of pages) {
      const to = path.join(site, `copy-${n}`, path.relative(site, file));
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(file, to);
    }
  }
  const total = htmlFiles(site).length;
  const megabytes = htmlFiles(site).reduce((sum, file) => sum + readFileSync(file).length, 0) / 1e6;

  const oldRef = process.env.BENCH_OLD_REF ?? '75e51033a77cee5275174d2c88574c2f327fb2c3';
  const implementations = [['new', path.join(root, 'src/lib')]];
  if (oldRef !== 'none') {
    const old = path.join(work, 'old');
    mkdirSync(old, { recursive: true });
    const archive = execFileSync('git', ['archive', oldRef, 'src/lib'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', old], { input: archive });
    implementations.push([`old (${oldRef.slice(0, 7)})`, path.join(old, 'src/lib')]);
  }

  console.log(`Post-build passes over ${total} pages (${megabytes.toFixed(0)} MB of HTML: dist/ × ${copies}) on ${os.cpus().length} CPUs, Node ${process.version}:\n`);
  console.log(`${'pass'.padEnd(10)} ${'code'.padEnd(14)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'CPU ms/page'.padStart(11)} ${'peak MB'.padStart(8)}  result`);
  const results = [];
  for (const pass of ['links', 'security']) {
    const outcomes = [];
    for (const [name, lib] of implementations) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-postbuild.mjs'), '--child', pass, lib, site], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status !== 0) {
        console.error(`${pass} (${name}) failed:\n${run.stderr}`);
        process.exit(1);
      }
      const outcome = JSON.parse(run.stdout.trim().split('\n').at(-1));
      outcomes.push(outcome);
      results.push({ pass, code: name, pages: total, ...outcome });
      console.log(`${pass.padEnd(10)} ${name.padEnd(14)} ${(outcome.ms / 1000).toFixed(2).padStart(7)} ${(outcome.cpuMs / 1000).toFixed(2).padStart(7)} ${(outcome.cpuMs / total).toFixed(2).padStart(11)} ${(outcome.peakKb / 1024).toFixed(0).padStart(8)}  ${outcome.summary}`);
    }
    if (outcomes.length === 2) console.log(`${''.padEnd(10)} same result as before: ${outcomes[0].digest === outcomes[1].digest ? 'yes' : 'NO'}`);
  }
  console.log('\nWall time depends on what else the machine runs; CPU time (user + system of the child) much less. Peak memory is the whole child process (Node and tsx alone take ~60 MB).');
  mkdirSync(path.dirname(work), { recursive: true });
  writeFileSync(path.join(root, '.bench', 'postbuild.json'), `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, node: process.version, pages: total, megabytes, copies, results }, null, 2)}\n`);
  console.log('Written: .bench/postbuild.json');
  rmSync(work, { recursive: true, force: true });
}

/** Runs one pass with one implementation and prints `{ ms, cpuMs, peakKb, summary, digest }` as JSON. */
async function child(pass, lib, site) {
  const load = (file) => import(pathToFileURL(path.join(lib, file)).href);
  const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let summary;
  let digest;
  if (pass === 'links') {
    const { readBuiltSite, checkBuiltLinks } = await load('links/check-links.ts');
    const read = readBuiltSite(site);
    const problems = checkBuiltLinks(site, read);
    // Before: Map<path, BuiltPage>, sections of directory pages; now: BuiltSite.sections.
    const sections = read instanceof Map ? new Map([...read].filter(([p]) => !p.endsWith('.html')).map(([p, page]) => [p, page.sections])) : read.sections;
    const lock = JSON.stringify([...sections].map(([p, ids]) => [p, [...ids].sort()]).sort());
    summary = `${problems.length} link problem(s), ${sections.size} pages with sections`;
    digest = sha(JSON.stringify(problems) + lock);
  } else {
    const { applySecurity } = await load('security/apply-security.ts');
    const { pages } = applySecurity(site);
    summary = `${pages} pages secured`;
    digest = sha(readFileSync(path.join(site, '_headers'), 'utf8'));
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakKb: process.resourceUsage().maxRSS, summary, digest }));
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
