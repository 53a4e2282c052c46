#!/usr/bin/env node
/**
 * npm run bench:incremental — what experimental.incrementalBuild saves on the
 * real content, with the whole production build (link and anchor checks,
 * search index, security; no STRATA_SKIP_ADDRESS_CHECKS).
 *
 * Copies content/ to .bench/incremental/content and builds it
 * (STRATA_CONTENT_DIR, STRATA_OUT_DIR, STRATA_CACHE_DIR under
 * .bench/incremental/) three times under /usr/bin/time -v:
 *   cold  — output and cache deleted;
 *   warm  — nothing changed;
 *   edit  — one paragraph appended to BENCH_ARTICLE (default
 *           articles/estrogen-dose/academic.mdx) in the copy.
 * Prints wall and CPU seconds, pages rendered and restored, peak memory and
 * each warm build as a share of the cold one; writes .bench/incremental.json.
 * A measurement, not a test: on a shared machine read CPU seconds too.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bench = path.join(root, '.bench', 'incremental');
const content = path.join(bench, 'content');
const outDir = path.join(bench, 'dist');
const cacheDir = path.join(bench, 'cache');
const article = process.env.BENCH_ARTICLE ?? 'articles/estrogen-dose/academic.mdx';

function build(label) {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const timeAvailable = existsSync('/usr/bin/time');
  const [cmd, args] = timeAvailable ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build']] : [process.execPath, [astro, 'build']];
  const started = performance.now();
  const result = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', STRATA_CONTENT_DIR: content, STRATA_OUT_DIR: outDir, STRATA_CACHE_DIR: cacheDir },
  });
  const seconds = (performance.now() - started) / 1000;
  const out = result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
  const err = result.stderr;
  writeFileSync(path.join(bench, `build-${label}.log`), `${out}\n--- stderr ---\n${err}`);
  if (result.status !== 0) throw new Error(`${label} build failed (exit ${result.status}); see .bench/incremental/build-${label}.log`);
  const number = (re, text) => Number(re.exec(text)?.[1] ?? NaN);
  return {
    label,
    seconds,
    cpuSeconds: number(/User time \(seconds\): ([\d.]+)/, err) + number(/System time \(seconds\): ([\d.]+)/, err),
    peakMB: number(/Maximum resident set size \(kbytes\): (\d+)/, err) / 1024,
    restored: out.match(/\((?:restored|cached)\)/g)?.length ?? 0,
    rendered: out.match(/├─ .*\(\+\d+m?s\)/g)?.length ?? 0,
    phases: out.split('\n').filter((line) => /Completed in|page\(s\) built|built in/.test(line)).map((line) => line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()),
  };
}

mkdirSync(bench, { recursive: true });
rmSync(content, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
cpSync(path.join(root, 'content'), content, { recursive: true });

const runs = [build('cold'), build('warm')];
appendFileSync(path.join(content, article), '\nA paragraph added by the incremental benchmark.\n');
runs.push(build('edit'));

const cold = runs[0];
console.log(`bench:incremental on ${os.cpus().length} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}; edited: ${article}\n`);
console.log('build   wall s   CPU s  rendered  restored  peak MB  wall/cold  CPU/cold');
for (const r of runs) {
  console.log(
    `${r.label.padEnd(5)} ${r.seconds.toFixed(1).padStart(8)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${String(r.rendered).padStart(9)} ${String(r.restored).padStart(9)} ${r.peakMB.toFixed(0).padStart(8)} ${`${((100 * r.seconds) / cold.seconds).toFixed(0)} %`.padStart(10)} ${`${((100 * r.cpuSeconds) / cold.cpuSeconds).toFixed(0)} %`.padStart(9)}`,
  );
}
for (const r of runs) console.log(`\n${r.label}:\n  ${r.phases.join('\n  ')}`);
writeFileSync(path.join(root, '.bench', 'incremental.json'), `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, loadavg: os.loadavg(), node: process.version, article, runs }, null, 2)}\n`);
