#!/usr/bin/env node
/**
 * npm run bench:pages — what one page of each kind costs a visitor.
 *
 * Builds the site if dist/ is missing or older than the sources (or with
 * --build), serves dist/ on 127.0.0.1 with scripts/serve.mjs (the headers of
 * dist/_headers) the way a static host does (gzip for text, long cache for
 * hashed assets; --no-compress serves it uncompressed, which slows
 * Lighthouse's simulated network several-fold for big pages), then for each
 * page below:
 *   - in chromium (playwright-core): bytes at initial load by type, raw and
 *     gzip, and the request count (scripts/page-weight.mjs, as bench:size);
 *   - Lighthouse (mobile defaults: simulated slow 4G, 4× CPU slowdown), run
 *     BENCH_RUNS times (default 3), the median of each score and metric:
 *     performance, accessibility, best practices, SEO, LCP, TBT, CLS.
 * Prints one table, writes .bench/pages.json (gitignored; the numbers depend
 * on the machine) and exits 1 if a target is missed:
 *   Lighthouse performance and accessibility 100 on every page;
 *   an article (topic) page ≤ 58 KB gzip in total at initial load.
 * Options: --build (always build first), --pages /a/,/b/ (other pages),
 * BENCH_RUNS=n, CHROME_PATH / CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { measurePage } from './page-weight.mjs';
import { startServer, staticHostCacheControl } from './serve.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ARTICLE_BUDGET_GZIP = 58 * 1024;
const PAGES = args.includes('--pages')
  ? args[args.indexOf('--pages') + 1].split(',')
  : [
      '/topics/estrogen-dose/fundamentals/',
      '/topics/estrogen-dose/intermediate/',
      '/topics/estrogen-dose/academic/',
      '/tools/dose-explorer/',
      '/evidence/hormone-therapy-fractures/',
      '/glossary/',
      '/',
    ];

/** Newest modification time under the given paths (files and folders, recursively). */
function newest(paths) {
  let latest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const info = statSync(p);
    latest = Math.max(latest, info.mtimeMs);
    if (info.isDirectory()) for (const name of readdirSync(p)) if (name !== 'node_modules') walk(path.join(p, name));
  };
  paths.forEach(walk);
  return latest;
}

const index = path.join(dist, 'index.html');
const sources = ['src', 'content', 'public', 'references.bib', 'astro.config.mjs'].map((p) => path.join(root, p));
if (args.includes('--build') || !existsSync(index) || newest(sources) > statSync(index).mtimeMs) {
  console.log('Building the site (dist/ missing or older than the sources)…');
  const built = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};

const compress = !args.includes('--no-compress');
const server = compress ? await startServer({ dir: dist, port: 0, compress: true, cacheControl: staticHostCacheControl }) : await startServer({ dir: dist, port: 0 });
const results = [];
try {
  // 1. Bytes and requests at initial load (chromium via playwright-core).
  const browser = await launchChromium();
  for (const page of PAGES) results.push({ page, weight: await measurePage(browser, `${server.url}${page}`) });
  await browser.close();

  // 2. Lighthouse, mobile defaults, median of `runs` runs.
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  try {
    for (const result of results) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(`${server.url}${result.page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) && !/^(first-contentful-paint|largest-contentful-paint|speed-index|total-blocking-time|cumulative-layout-shift|interactive|max-potential-fid)$/.test(a.id))
          .map((a) => a.id);
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue,
          fcpMs: lhr.audits['first-contentful-paint']?.numericValue,
          failing,
          lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
          renderBlocking: (lhr.audits['render-blocking-insight']?.details?.items ?? []).map((i) => i.url),
          runtimeError: lhr.runtimeError?.message,
        });
      }
      result.lighthouseRuns = samples;
      result.lighthouse = Object.fromEntries(['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls', 'fcpMs'].map((k) => [k, median(samples.map((s) => s[k]))]));
      result.lighthouse.flagged = [...new Set(samples.flatMap((s) => s.failing))];
      process.stderr.write(`  lighthouse ${result.page}: ${samples.map((s) => s.performance).join(', ')}\n`);
    }
  } finally {
    chrome.kill();
  }
} finally {
  await server.close();
}

// 3. One table.
const kb = (n) => (n / 1024).toFixed(1);
const cell = (t) => (t ? `${kb(t.raw)}/${kb(t.gzip)}` : '-');
const isArticle = (page) => /^\/topics\/[^/]+\/(fundamentals|intermediate|academic)\/$/.test(page);
// CSS + JS + fonts at first load (gzip), counting stylesheets inlined in the HTML as CSS.
const firstLoadAssets = (w) => (w.totals.css?.gzip ?? 0) + (w.inlineCss?.gzip ?? 0) + (w.totals.js?.gzip ?? 0) + (w.totals.font?.gzip ?? 0);
const head = ['page', 'html KB', 'css KB', 'inline css KB', 'js KB', 'font KB', 'css+js+font gz', 'total KB raw/gz', 'req', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS'];
const rows = results.map(({ page, weight: w, lighthouse: l }) => [
  page,
  cell(w.totals.html),
  cell(w.totals.css),
  cell(w.inlineCss?.raw ? w.inlineCss : undefined),
  cell(w.totals.js),
  cell(w.totals.font),
  kb(firstLoadAssets(w)),
  cell(w.all),
  String(w.all.requests),
  String(l.performance),
  String(l.accessibility),
  String(l.bestPractices),
  String(l.seo),
  l.lcpMs.toFixed(0),
  l.tbtMs.toFixed(0),
  l.cls.toFixed(3),
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\nInitial load in chromium (raw/gzip KB, requests; inline css is the <style> text inside the HTML, gzipped alone, and counts in css+js+font) and Lighthouse ${lighthouseVersion()} mobile, median of ${runs} run(s); server: scripts/serve.mjs${compress ? ' with gzip + cache headers, as a static host would (--no-compress: without)' : ', uncompressed'}:\n`);
console.log(line(head));
for (const r of rows) console.log(line(r));

const misses = [];
for (const { page, weight, lighthouse: l } of results) {
  if (l.performance < 100) misses.push(`${page}: performance ${l.performance} (flagged: ${l.flagged.join(', ') || 'metrics only'})`);
  if (l.accessibility < 100) misses.push(`${page}: accessibility ${l.accessibility} (flagged: ${l.flagged.join(', ')})`);
  if (isArticle(page) && weight.all.gzip > ARTICLE_BUDGET_GZIP) misses.push(`${page}: ${kb(weight.all.gzip)} KB gzip > 58 KB article budget`);
}
for (const { page, lighthouse: l } of results) if (l.flagged.length > 0) console.log(`  ${page}: Lighthouse flags ${l.flagged.join(', ')}`);
console.log(misses.length === 0 ? '\nTargets met: performance and accessibility 100 everywhere; articles ≤ 58 KB gzip.' : `\nTargets missed:\n  ${misses.join('\n  ')}`);
console.log('Noise: the machine is shared (2 cores); Lighthouse simulates throttling, so scores vary less than raw timings, but LCP/TBT can move by 10–20%.');

mkdirSync(path.join(root, '.bench'), { recursive: true });
writeFileSync(
  path.join(root, '.bench', 'pages.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs, lighthouse: lighthouseVersion(), targets: { performance: 100, accessibility: 100, articleGzipBytes: ARTICLE_BUDGET_GZIP }, results: results.map(({ page, weight, lighthouse: l, lighthouseRuns }) => ({ page, bytes: { totals: weight.totals, inlineCss: weight.inlineCss, firstLoadAssetsGzip: firstLoadAssets(weight), all: weight.all, files: weight.files }, lighthouse: l, lighthouseRuns })), misses }, null, 2)}\n`,
);
console.log('Written: .bench/pages.json');
process.exit(misses.length === 0 ? 0 : 1);

function lighthouseVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
}
