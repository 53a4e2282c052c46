/**
 * Shared by the build benchmarks (bench-build.mjs, bench-scale.mjs): runs
 * `astro build` as a child process under /usr/bin/time -v and reads back wall
 * time, CPU time, peak resident memory and the pages Astro reports.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Runs `astro build` (extra CLI args, extra env) and resolves to
 * { label, seconds, cpuSeconds, peakMB, pages, log }; rejects with the log's
 * tail when the build fails. The full log is written to `logFile`.
 */
export function timedBuild({ label, args = [], env = {}, logFile }) {
  return new Promise((resolve, reject) => {
    const fullEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env };
    const timeAvailable = existsSync('/usr/bin/time');
    const command = [process.execPath, astro, 'build', ...args];
    const [cmd, cmdArgs] = timeAvailable ? ['/usr/bin/time', ['-v', ...command]] : [command[0], command.slice(1)];
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd: root, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const log = `${out}\n--- stderr ---\n${err}`.replace(/\u001b\[[0-9;]*m/g, '');
      if (logFile) writeFileSync(logFile, log);
      if (status !== 0) {
        reject(new Error(`${label} build failed (exit ${status})${logFile ? `; see ${path.relative(root, logFile)}` : ''}\n${log.split('\n').slice(-30).join('\n')}`));
        return;
      }
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      const cpuSeconds = Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
      resolve({ label, seconds, cpuSeconds, peakMB: rssKb / 1024, pages, log });
    });
  });
}

/** Total size in bytes of every file under `dir`. */
export function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** The 1-minute load average and CPU count, printed beside every measurement. */
export function loadNote(os) {
  const [one, five] = os.loadavg();
  return `load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min) on ${os.cpus().length} CPU(s)`;
}

/** Does this address belong to the topic (its pages, print views, short links)? */
const ownedBy = (address, { topic, code }) => address.includes(`/${topic}/`) || address === `/s/${code}/` || address.startsWith(`/s/${code}-`);
/** A section id on a site-wide page that names the topic (e.g. /search/#index-<topic>). */
const namesTopic = (id, topic) => id === topic || id.endsWith(`-${topic}`);

/**
 * Anchor-lock pages for a scratch site made of generated copies of topics:
 * every address (and site-wide section id) of topic `from` ({ topic, code })
 * is replaced by the same address for each topic in `to` (an empty `to`
 * removes it). Used with a lock written by a small untimed build
 * (STRATA_ANCHORS_UPDATE=1), so the benchmarks' timed builds run the real
 * anchor check against the addresses the build actually publishes.
 */
export function replicateLock(pages, from, to) {
  const out = {};
  for (const [address, ids] of Object.entries(pages)) {
    if (ownedBy(address, from)) {
      for (const target of to) out[address.replace(`/${from.topic}/`, `/${target.topic}/`).replace(new RegExp(`^/s/${from.code}([-/])`), `/s/${target.code}$1`)] = ids;
      continue;
    }
    const kept = ids.filter((id) => !namesTopic(id, from.topic));
    for (const id of ids.filter((id) => namesTopic(id, from.topic))) for (const target of to) kept.push(id.slice(0, id.length - from.topic.length) + target.topic);
    out[address] = kept.sort();
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
