#!/usr/bin/env node
/**
 * npm run bench:build — build speed and memory at scale.
 *
 * Generates a scratch site in .bench/content: N copies (default 300,
 * BENCH_COPIES) of a representative article (default the academic
 * estrogen-dose page: math and many citations, BENCH_ARTICLE), each as its own
 * topic, plus the real trials, evidence and glossary they refer to. Then runs
 * `astro build` twice as a child process under /usr/bin/time -v:
 *
 *   cold: output and Astro's cache dir deleted first
 *   warm: the same build again, caches kept
 *
 * and prints wall seconds, pages built, ms per page (and per article copy)
 * and the child's peak resident memory. The scratch build reads content via
 * STRATA_CONTENT_DIR, writes to STRATA_OUT_DIR and STRATA_CACHE_DIR, and sets
 * STRATA_SKIP_ADDRESS_CHECKS=1 (no anchor lock or link check: the generated
 * pages are not published addresses). The real content/ and dist/ are not
 * touched. Results also go to .bench/build.json. Exits 1 over the cold target
 * (BENCH_TARGET_MS per page, default 60) when BENCH_STRICT=1.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bench = path.join(root, '.bench');
const content = path.join(bench, 'content');
const outDir = path.join(bench, 'dist');
const cacheDir = path.join(bench, 'cache');
const copies = Number(process.env.BENCH_COPIES ?? 300);
const article = process.env.BENCH_ARTICLE ?? 'content/articles/estrogen-dose/academic.mdx';
const targetMs = Number(process.env.BENCH_TARGET_MS ?? 60);

/** Topic codes are 2–4 lower-case letters and unique: b + two letters gives 676. */
function code(i) {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return `b${a[Math.floor(i / 26) % 26]}${a[i % 26]}`;
}

function generate() {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(path.join(content, 'articles'), { recursive: true });
  mkdirSync(path.join(content, 'topics'), { recursive: true });
  for (const dir of ['trials', 'evidence', 'glossary']) cpSync(path.join(root, 'content', dir), path.join(content, dir), { recursive: true });
  const source = readFileSync(path.join(root, article), 'utf8');
  const level = path.basename(article, '.mdx');
  for (let i = 0; i < copies; i++) {
    const topic = `bench-${String(i + 1).padStart(3, '0')}`;
    mkdirSync(path.join(content, 'articles', topic));
    writeFileSync(path.join(content, 'articles', topic, `${level}.mdx`), source);
    writeFileSync(
      path.join(content, 'topics', `${topic}.yaml`),
      `title: Benchmark copy ${i + 1}\nintro: A generated copy of ${article} for the build benchmark; never published.\norder: ${i + 100}\ncode: ${code(i)}\n`,
    );
  }
}

/** Runs `astro build` under /usr/bin/time -v; returns wall time, peak RSS and Astro's phase lines. */
function build(label) {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      STRATA_CONTENT_DIR: content,
      STRATA_OUT_DIR: outDir,
      STRATA_CACHE_DIR: cacheDir,
      STRATA_SKIP_ADDRESS_CHECKS: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const timeAvailable = existsSync('/usr/bin/time');
    const [cmd, args] = timeAvailable ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build']] : [process.execPath, [astro, 'build']];
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(path.join(bench, `build-${label}.log`), `${out}\n--- stderr ---\n${err}`);
      if (status !== 0) {
        reject(new Error(`${label} build failed (exit ${status}); see .bench/build-${label}.log\n${(out + err).split('\n').slice(-30).join('\n')}`));
        return;
      }
      const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
      const pages = Number(/(\d+) page\(s\) built/.exec(plain)?.[1] ?? NaN);
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      const cpuSeconds = Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
      resolve({ label, seconds, cpuSeconds, pages, peakMB: rssKb / 1024, phases: phaseLines(plain) });
    });
  });
}

/** Astro's own phase timings, for seeing where the time goes. */
function phaseLines(log) {
  return log
    .split('\n')
    .filter((line) => /Completed in|Synced content|page\(s\) built|generating static routes|Building static entrypoints|Rearranging/.test(line))
    .map((line) => line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim());
}

mkdirSync(bench, { recursive: true });
generate();
console.log(`bench:build: ${copies} copies of ${article} in .bench/content (each its own topic), on ${os.cpus().length} CPU(s), Node ${process.version}.`);
console.log('Scratch build: STRATA_SKIP_ADDRESS_CHECKS=1, so the anchor-lock and internal-link checks are skipped for this site only.\n');

rmSync(outDir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
const cold = await build('cold');
const warm = await build('warm');

const row = (r) =>
  `${r.label.padEnd(5)} ${r.seconds.toFixed(1).padStart(8)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${String(r.pages).padStart(6)} ${((r.seconds * 1000) / r.pages).toFixed(1).padStart(8)} ${((r.cpuSeconds * 1000) / r.pages).toFixed(1).padStart(12)} ${((r.seconds * 1000) / copies).toFixed(1).padStart(10)} ${r.peakMB.toFixed(0).padStart(9)}`;
console.log(`${'run'.padEnd(5)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(7)} ${'pages'.padStart(6)} ${'ms/page'.padStart(8)} ${'CPU ms/page'.padStart(12)} ${'ms/article'.padStart(10)} ${'peak MB'.padStart(9)}`);
console.log(row(cold));
console.log(row(warm));
const coldMs = (cold.seconds * 1000) / cold.pages;
console.log(`\nTarget: ≤ ${targetMs} ms per page cold: ${coldMs <= targetMs ? 'met' : 'NOT met'} (${coldMs.toFixed(1)} ms).`);
console.log('Pages = every HTML/endpoint page Astro reports built (articles, print views, short links, QR codes, hubs…). ms/page is wall time (the target), including Node and Vite start-up; CPU ms/page (user+sys, can exceed wall on 2 cores) is steadier when the shared machine is busy. Expect ±15% noise, more under load.');
for (const r of [cold, warm]) console.log(`\n${r.label} phases:\n  ${r.phases.join('\n  ')}`);
writeFileSync(path.join(bench, 'build.json'), `${JSON.stringify({ date: new Date().toISOString(), copies, article, cpus: os.cpus().length, node: process.version, cold, warm }, null, 2)}\n`);
if (process.env.BENCH_STRICT === '1' && coldMs > targetMs) process.exit(1);
