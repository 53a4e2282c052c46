#!/usr/bin/env node
/**
 * npm run bench:scale — does the build, and the per-page browser check, grow
 * no faster than the content?
 *
 * For each factor k (BENCH_SCALE_FACTORS, default "1,10"; e.g. "1,5,10"), a
 * scratch copy of content/ in .bench/scale/ where every real topic also
 * appears as <topic>-x2 … <topic>-xk (its three articles and its topic yaml,
 * with a distinct short-link code); glossary, trials, evidence and
 * references.bib are shared. Each size is built as in production (content
 * checks, link and anchor checks, search index, security) under
 * /usr/bin/time -v, against an anchor lock made without an extra full build:
 * an untimed build at 2× with STRATA_ANCHORS_UPDATE=1 writes a lock, and each
 * <topic>-x2's addresses are repeated for every copy (or dropped at 1×). The
 * timed build checks the whole site against it, so a wrong lock fails loudly.
 *
 * Then the built site is served and a sample of pages (BENCH_SCALE_SAMPLE,
 * default 20, spread evenly over every non-redirect page) is loaded in
 * chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) and checked
 * with axe-core, one page at a time: time per page (load + axe).
 *
 * Prints, per size: articles, pages, build wall and CPU seconds, peak memory,
 * output size, browser ms per page and the estimated time to check every page;
 * then each quantity's growth against the content's growth, and whether it
 * grows no faster. Writes .bench/scale.json. BENCH_STRICT=1 exits 1 if any
 * grows faster.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { builtPages } from './built-pages.mjs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { dirBytes, loadNote, replicateLock, root, timedBuild } from './bench-run.mjs';

const bench = path.join(root, '.bench', 'scale');
const factors = (process.env.BENCH_SCALE_FACTORS ?? '1,10').split(',').map(Number);
const sample = Number(process.env.BENCH_SCALE_SAMPLE ?? 20);
if (factors.some((k) => !Number.isInteger(k) || k < 1 || k > 50) || factors.length < 2) throw new Error(`BENCH_SCALE_FACTORS must list two or more integers from 1 to 50, e.g. "1,10", not "${process.env.BENCH_SCALE_FACTORS}".`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const realTopics = readdirSync(path.join(root, 'content', 'topics')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
const codeOf = (topic) => /^code:\s*(\S+)\s*$/m.exec(readFileSync(path.join(root, 'content', 'topics', `${topic}.yaml`), 'utf8'))?.[1];
const usedCodes = new Set(realTopics.map(codeOf));
/** Copy m (2…k) of a topic: `<topic>-x<m>`, with a short-link code of z + two letters that no real topic uses. */
const codes = new Map();
function copyOf(topic, m) {
  const name = `${topic}-x${m}`;
  if (!codes.has(name)) {
    const a = 'abcdefghijklmnopqrstuvwxyz';
    let i = codes.size;
    let code;
    do code = `z${a[Math.floor(i / 26) % 26]}${a[i++ % 26]}`;
    while (usedCodes.has(code));
    usedCodes.add(code);
    codes.set(name, code);
  }
  return { topic: name, code: codes.get(name) };
}

/** Writes content/ with every topic copied k−1 more times. */
function generate(dir, k) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  rmSync(path.join(dir, 'anchors.lock.json'));
  for (const topic of realTopics) {
    const yaml = readFileSync(path.join(root, 'content', 'topics', `${topic}.yaml`), 'utf8');
    for (let m = 2; m <= k; m++) {
      const copy = copyOf(topic, m);
      cpSync(path.join(root, 'content', 'articles', topic), path.join(dir, 'articles', copy.topic), { recursive: true });
      writeFileSync(
        path.join(dir, 'topics', `${copy.topic}.yaml`),
        yaml
          .replace(/^title:\s*(.*)$/m, (_, title) => `title: ${JSON.stringify(`${title.replace(/^"|"$/g, '')} (copy ${m})`)}`)
          .replace(/^code:.*$/m, `code: ${copy.code}`)
          .replace(/^order:\s*(\d+)/m, (_, order) => `order: ${Number(order) + 100 * m}`),
      );
    }
  }
}

const site = (name) => ({ content: path.join(bench, name, 'content'), out: path.join(bench, name, 'dist'), cache: path.join(bench, name, 'cache') });
const envFor = (s) => ({ STRATA_CONTENT_DIR: s.content, STRATA_OUT_DIR: s.out, STRATA_CACHE_DIR: s.cache });

/** Untimed: the 2× site built with STRATA_ANCHORS_UPDATE=1; returns the lock it wrote. */
async function lockTemplate() {
  const s = site('lock');
  generate(s.content, 2);
  rmSync(s.cache, { recursive: true, force: true });
  await timedBuild({ label: 'anchor lock (2×, untimed)', env: { ...envFor(s), STRATA_ANCHORS_UPDATE: '1' }, logFile: path.join(bench, 'build-lock.log') });
  return JSON.parse(readFileSync(path.join(s.content, 'anchors.lock.json'), 'utf8'));
}

/** The lock for k×: each topic's -x2 addresses repeated for -x2 … -xk (none at 1×). */
function writeLockFor(dir, template, k) {
  let pages = template.pages;
  for (const topic of realTopics) pages = replicateLock(pages, copyOf(topic, 2), Array.from({ length: k - 1 }, (_, i) => copyOf(topic, i + 2)));
  writeFileSync(path.join(dir, 'anchors.lock.json'), `${JSON.stringify({ ...template, pages }, null, 2)}\n`);
}

/** Loads `count` pages spread evenly over the site, one at a time, each followed by axe; returns ms per page. */
async function browserCheck(dist, count) {
  const all = builtPages(dist);
  const picked = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(count, all.length))]);
  const server = await startServer({ dir: dist, port: 0 });
  const browser = await launchChromium();
  const times = [];
  let violations = 0;
  try {
    const context = await browser.newContext({ bypassCSP: true });
    for (const pagePath of picked) {
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
      times.push(performance.now() - started);
      violations += result.violations.length;
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return { pages: picked.length, medianMs: times[Math.floor(times.length / 2)], meanMs: times.reduce((a, b) => a + b, 0) / times.length, violations };
}

mkdirSync(bench, { recursive: true });
console.log(`bench:scale: the real content (${realTopics.length} topics) at ${factors.map((k) => `${k}×`).join(', ')}; full production build each, then load + axe on ${sample} sampled pages. Node ${process.version}; ${loadNote(os)}.`);
const template = await lockTemplate();
const results = [];
for (const k of factors) {
  const s = site(`x${k}`);
  generate(s.content, k);
  writeLockFor(s.content, template, k);
  rmSync(s.cache, { recursive: true, force: true });
  const { log, ...build } = await timedBuild({ label: `scale-${k}x`, env: envFor(s), logFile: path.join(bench, `build-${k}x.log`) });
  const articles = readdirSync(path.join(s.content, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
  const loadAfterBuild = os.loadavg()[0];
  const browser = await browserCheck(s.out, sample);
  const checkedPages = builtPages(s.out).length;
  const result = { factor: k, articles, ...build, outputMB: dirBytes(s.out) / 2 ** 20, checkedPages, browser, estimatedSuiteSeconds: (browser.meanMs * checkedPages) / 1000, loadAfterBuild, loadAfterBrowser: os.loadavg()[0] };
  results.push(result);
  console.log(`  ${k}×: ${articles} articles, ${build.pages} pages, ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU, ${build.peakMB.toFixed(0)} MB peak; browser ${browser.medianMs.toFixed(0)} ms/page median (${loadNote(os)})`);
  rmSync(s.cache, { recursive: true, force: true });
}

const row = (r) =>
  `${`${r.factor}×`.padStart(4)} ${String(r.articles).padStart(8)} ${String(r.pages).padStart(6)} ${r.seconds.toFixed(1).padStart(7)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${r.peakMB.toFixed(0).padStart(8)} ${r.outputMB.toFixed(1).padStart(7)} ${r.browser.medianMs.toFixed(0).padStart(9)} ${r.browser.meanMs.toFixed(0).padStart(9)} ${r.estimatedSuiteSeconds.toFixed(0).padStart(10)} ${r.loadAfterBuild.toFixed(1).padStart(5)}`;
console.log(`\n${'size'.padStart(4)} ${'articles'.padStart(8)} ${'pages'.padStart(6)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'peak MB'.padStart(8)} ${'out MB'.padStart(7)} ${'ms/pg p50'.padStart(9)} ${'ms/pg avg'.padStart(9)} ${'all pgs s'.padStart(10)} ${'load'.padStart(5)}`);
for (const r of results) console.log(row(r));

const base = results[0];
const growth = [];
console.log(`\nGrowth from ${base.factor}× (a quantity "grows no faster than content" when its ratio ≤ the content ratio):`);
for (const r of results.slice(1)) {
  const content = r.articles / base.articles;
  const quantities = [
    ['pages', r.pages / base.pages],
    ['build wall time', r.seconds / base.seconds],
    ['build CPU time', r.cpuSeconds / base.cpuSeconds],
    ['peak memory', r.peakMB / base.peakMB],
    ['output bytes', r.outputMB / base.outputMB],
    ['browser check per page (mean)', r.browser.meanMs / base.browser.meanMs],
    ['browser check of every page (mean × pages)', r.estimatedSuiteSeconds / base.estimatedSuiteSeconds],
  ];
  console.log(`  ${base.factor}× → ${r.factor}×: content (articles) × ${content.toFixed(2)}`);
  for (const [name, ratio] of quantities) {
    const ok = ratio <= content;
    growth.push({ from: base.factor, to: r.factor, quantity: name, ratio, content, noFaster: ok });
    console.log(`    ${(ok ? 'ok' : 'FASTER').padEnd(7)} ${name}: × ${ratio.toFixed(2)}`);
  }
}
console.log('\nWall times on a shared machine vary with load ("load" = 1-minute load average after each build); CPU time is steadier. Logs: .bench/scale/build-*.log.');
writeFileSync(path.join(root, '.bench', 'scale.json'), `${JSON.stringify({ date: new Date().toISOString(), factors, sample, cpus: os.cpus().length, node: process.version, results, growth }, null, 2)}\n`);
if (process.env.BENCH_STRICT === '1' && growth.some((g) => !g.noFaster)) process.exit(1);
