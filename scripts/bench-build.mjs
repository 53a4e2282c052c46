#!/usr/bin/env node
/**
 * npm run bench:build — Strata's whole production build against a plain
 * Astro 7 + MDX site building the same article, at two sizes, in one run.
 *
 * Strata: a scratch site in .bench/strata/content: the real content/ plus
 * about N copies (BENCH_COPIES, default 300) of one article (BENCH_ARTICLE,
 * default the academic estrogen-dose page), three to a generated topic (every
 * topic needs all three depths: hubs and the level switcher link to each),
 * each topic with its own short-link code. `astro build` runs as in
 * production: content checks, link and anchor checks against the scratch
 * site's own anchor lock, search index, security. The lock is made without a
 * full extra build: an untimed build with two generated topics and
 * STRATA_ANCHORS_UPDATE=1 writes a lock, and topic 1's entries are repeated
 * for every topic. The timed build compares the whole site with that lock, so
 * a lock that does not match what the build publishes fails the benchmark
 * instead of passing silently.
 *
 * Baseline: bench/baseline, the same articles (real ones and copies) through
 * bench/baseline/plain-mdx.mjs (components as plain elements, citations and
 * section ids as plain text), one page each, with @astrojs/mdx, remark-math
 * and rehype-katex.
 *
 * Runs, each under /usr/bin/time -v, caches and output deleted before each
 * cold run: Strata and baseline at N/2 and at N (memory slope: MB per added
 * article between the two sizes), then a warm Strata rebuild at N after
 * editing one copy (Astro's cache kept). Prints wall and CPU seconds, peak
 * memory, pages, output size, ms per article (Strata's article counts all it
 * produces: page, print views, short links), the ratios and the targets.
 * Writes .bench/build.json. BENCH_STRICT=1 exits 1 when a target is missed.
 * The real content/ and dist/ are not touched.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { plainMdx } from '../bench/baseline/plain-mdx.mjs';
import { dirBytes, loadNote, replicateLock, root, timedBuild } from './bench-run.mjs';

const bench = path.join(root, '.bench');
const copies = Number(process.env.BENCH_COPIES ?? 300);
const depths = ['fundamentals', 'intermediate', 'academic'];
// Every topic needs all three depths (hubs and the level switcher link to each), so copies come three to a topic.
const topicsFull = Math.ceil(copies / 3);
const topicsHalf = Math.max(1, Math.round(topicsFull / 2));
const realArticles = readdirSync(path.join(root, 'content', 'articles'), { recursive: true }).map(String).filter((f) => f.endsWith('.mdx')).sort();
const article = process.env.BENCH_ARTICLE ?? 'content/articles/estrogen-dose/academic.mdx';
const source = readFileSync(path.join(root, article), 'utf8');
if (!Number.isInteger(copies) || copies < 6 || copies > 3 * 676) throw new Error(`BENCH_COPIES must be an integer from 6 to ${3 * 676} (three copies per generated topic, one short-link code each), not ${process.env.BENCH_COPIES}.`);

const strata = { content: path.join(bench, 'strata', 'content'), out: path.join(bench, 'strata', 'dist'), cache: path.join(bench, 'strata', 'cache') };
const baseline = { content: path.join(bench, 'baseline', 'content'), out: path.join(bench, 'baseline', 'dist'), cache: path.join(bench, 'baseline', 'cache') };
const lockSite = { content: path.join(bench, 'lock', 'content'), out: path.join(bench, 'lock', 'dist'), cache: path.join(bench, 'lock', 'cache') };

const topic = (i) => `bench-${String(i + 1).padStart(3, '0')}`;
/** Topic codes are 2–4 lower-case letters and unique: b + two letters gives 676. */
function code(i) {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return `b${a[Math.floor(i / 26) % 26]}${a[i % 26]}`;
}

/** Writes a Strata content dir: the real content/ plus `topics` generated topics whose three depths are each a copy of the article. */
function generateStrata(dir, topics) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  rmSync(path.join(dir, 'anchors.lock.json'));
  for (let i = 0; i < topics; i++) {
    mkdirSync(path.join(dir, 'articles', topic(i)));
    for (const depth of depths) writeFileSync(path.join(dir, 'articles', topic(i), `${depth}.mdx`), source);
    writeFileSync(
      path.join(dir, 'topics', `${topic(i)}.yaml`),
      `title: Benchmark copy ${i + 1}\nintro: A generated copy of ${article} at each depth, for the build benchmark; never published.\ngroup: understand\norder: ${i + 100}\ncode: ${code(i)}\n`,
    );
  }
}

/** Writes the baseline's content dir: every real article and the same copies, as plain MDX, one file (one page) each. */
function generateBaseline(dir, topics) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const trial = (id) => YAML.parse(readFileSync(path.join(root, 'content', 'trials', `${id}.yaml`), 'utf8'));
  for (const file of realArticles) writeFileSync(path.join(dir, `${file.replace(/[/\\]/g, '-')}`), plainMdx(readFileSync(path.join(root, 'content', 'articles', file), 'utf8'), { trial }));
  const plain = plainMdx(source, { trial });
  for (let i = 0; i < topics; i++) for (const depth of depths) writeFileSync(path.join(dir, `${topic(i)}-${depth}.mdx`), plain);
}

/** Is this address one that generated topic i publishes (its pages, print views, short links)? */
const ownedBy = (address, i) => address.includes(`/${topic(i)}/`) || address === `/s/${code(i)}/` || address.startsWith(`/s/${code(i)}-`);

/** Untimed: builds the real content plus 2 generated topics with STRATA_ANCHORS_UPDATE=1 and returns the lock it wrote. */
async function lockTemplate() {
  generateStrata(lockSite.content, 2);
  rmSync(lockSite.cache, { recursive: true, force: true });
  await timedBuild({
    label: 'anchor lock (2 generated topics, untimed)',
    env: { STRATA_CONTENT_DIR: lockSite.content, STRATA_OUT_DIR: lockSite.out, STRATA_CACHE_DIR: lockSite.cache, STRATA_ANCHORS_UPDATE: '1' },
    logFile: path.join(bench, 'build-lock.log'),
  });
  return JSON.parse(readFileSync(path.join(lockSite.content, 'anchors.lock.json'), 'utf8'));
}

/** The lock for n generated topics: topic 2's addresses dropped, topic 1's repeated for every topic. */
function writeLockFor(dir, template, n) {
  const generated = (i) => ({ topic: topic(i), code: code(i) });
  const pages = replicateLock(replicateLock(template.pages, generated(1), []), generated(0), Array.from({ length: n }, (_, j) => generated(j)));
  writeFileSync(path.join(dir, 'anchors.lock.json'), `${JSON.stringify({ ...template, pages }, null, 2)}\n`);
}

/** Pages that one article produces in Strata's output (its page, print views, short links): copy topic 1's pages over its three articles. */
function perArticlePages(out) {
  let pages = 0;
  for (const entry of readdirSync(out, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const address = `/${path.relative(out, entry.parentPath).split(path.sep).join('/')}/`;
    if (ownedBy(address, 0)) pages += 1;
  }
  return pages / depths.length;
}

const articlesFor = (topics) => realArticles.length + depths.length * topics;
const strataEnv = { STRATA_CONTENT_DIR: strata.content, STRATA_OUT_DIR: strata.out, STRATA_CACHE_DIR: strata.cache };

async function buildStrata(topics, template, label) {
  generateStrata(strata.content, topics);
  writeLockFor(strata.content, template, topics);
  rmSync(strata.cache, { recursive: true, force: true });
  const result = await timedBuild({ label, env: strataEnv, logFile: path.join(bench, `build-${label}.log`) });
  return { ...summary(result, articlesFor(topics)), perArticlePages: perArticlePages(strata.out), outputMB: dirBytes(strata.out) / 2 ** 20 };
}

async function buildBaseline(topics, label) {
  generateBaseline(baseline.content, topics);
  rmSync(baseline.cache, { recursive: true, force: true });
  rmSync(baseline.out, { recursive: true, force: true });
  const env = { BASELINE_CONTENT_DIR: baseline.content, BASELINE_OUT_DIR: baseline.out, BASELINE_CACHE_DIR: baseline.cache };
  const result = await timedBuild({ label, args: ['--root', path.join(root, 'bench', 'baseline')], env, logFile: path.join(bench, `build-${label}.log`) });
  return { ...summary(result, articlesFor(topics)), perArticlePages: 1, outputMB: dirBytes(baseline.out) / 2 ** 20 };
}

/** Untimed edit for the warm run: one sentence appended to the first paragraph of one copy. */
function editOneCopy() {
  const file = path.join(strata.content, 'articles', topic(0), 'academic.mdx');
  const lines = readFileSync(file, 'utf8').split('\n');
  const end = lines.indexOf('---', 1);
  const at = lines.findIndex((line, i) => i > end && /^[A-Za-z*]/.test(line));
  lines[at] += ' (Edited for the warm-rebuild benchmark.)';
  writeFileSync(file, lines.join('\n'));
  return path.relative(root, file);
}

function summary(result, articles) {
  const { log, ...rest } = result;
  return { ...rest, articles, msPerArticle: (result.seconds * 1000) / articles, cpuMsPerArticle: (result.cpuSeconds * 1000) / articles, load: os.loadavg()[0] };
}

/** Prints one finished run and saves the runs so far, so an interrupted benchmark still leaves its measurements. */
function progress(name, r) {
  console.log(`  ${name}: ${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, ${r.peakMB.toFixed(0)} MB peak, ${r.pages} pages (${loadNote(os)})`);
  writeFileSync(path.join(bench, 'build.json'), `${JSON.stringify({ date: new Date().toISOString(), partial: true, article, runs }, null, 2)}\n`);
}

mkdirSync(bench, { recursive: true });
const [nHalf, nFull] = [articlesFor(topicsHalf), articlesFor(topicsFull)];
console.log(`bench:build: Strata's full production build vs plain Astro + MDX at ${nHalf} and ${nFull} articles: the ${realArticles.length} real articles plus ${depths.length * topicsHalf} and ${depths.length * topicsFull} copies of ${article} (three per generated topic, one per depth). Node ${process.version}; ${loadNote(os)}.`);
console.log("Untimed first: a Strata build with 2 generated topics and STRATA_ANCHORS_UPDATE=1 writes the scratch site's anchor lock; generated topic 1's addresses are repeated for every topic, and each timed build checks links and anchors against that lock.\n");
const template = await lockTemplate();
const runs = {};
for (const [topics, size] of [[topicsHalf, 'half'], [topicsFull, 'full']]) {
  const n = articlesFor(topics);
  runs[`strata-${size}`] = await buildStrata(topics, template, `strata-${n}`);
  progress(`strata   ${String(n).padStart(4)} articles`, runs[`strata-${size}`]);
  runs[`baseline-${size}`] = await buildBaseline(topics, `baseline-${n}`);
  progress(`baseline ${String(n).padStart(4)} articles`, runs[`baseline-${size}`]);
}
const edited = editOneCopy();
const warm = await timedBuild({ label: 'strata-warm', env: strataEnv, logFile: path.join(bench, 'build-strata-warm.log') });
runs['strata-warm'] = { ...summary(warm, nFull), perArticlePages: perArticlePages(strata.out), outputMB: dirBytes(strata.out) / 2 ** 20, edited };
progress(`strata warm, ${edited} edited`, runs['strata-warm']);

const added = nFull - nHalf;
const slope = (name) => (runs[`${name}-full`].peakMB - runs[`${name}-half`].peakMB) / added;
const marginalMs = (name) => ((runs[`${name}-full`].seconds - runs[`${name}-half`].seconds) * 1000) / added;
const marginalCpuMs = (name) => ((runs[`${name}-full`].cpuSeconds - runs[`${name}-half`].cpuSeconds) * 1000) / added;
const s = runs['strata-full'];
const b = runs['baseline-full'];
const ratios = {
  time: s.msPerArticle / b.msPerArticle,
  cpu: s.cpuMsPerArticle / b.cpuMsPerArticle,
  marginalTime: marginalMs('strata') / marginalMs('baseline'),
  marginalCpu: marginalCpuMs('strata') / marginalCpuMs('baseline'),
  memory: s.peakMB / b.peakMB,
  slope: slope('strata') / slope('baseline'),
  warm: runs['strata-warm'].seconds / s.seconds,
  warmCpu: runs['strata-warm'].cpuSeconds / s.cpuSeconds,
};

const header = `${'run'.padEnd(13)} ${'articles'.padStart(8)} ${'pages'.padStart(6)} ${'pg/art'.padStart(6)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'ms/article'.padStart(10)} ${'CPU ms/art'.padStart(10)} ${'peak MB'.padStart(8)} ${'out MB'.padStart(7)} ${'load'.padStart(5)}`;
const row = (name, r) =>
  `${name.padEnd(13)} ${String(r.articles).padStart(8)} ${String(r.pages).padStart(6)} ${r.perArticlePages.toFixed(1).padStart(6)} ${r.seconds.toFixed(1).padStart(7)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${r.msPerArticle.toFixed(0).padStart(10)} ${r.cpuMsPerArticle.toFixed(0).padStart(10)} ${r.peakMB.toFixed(0).padStart(8)} ${r.outputMB.toFixed(1).padStart(7)} ${r.load.toFixed(1).padStart(5)}`;
console.log(`\n${header}`);
for (const [name, r] of Object.entries(runs)) console.log(row(name, r));
console.log(`\nPer added article (${nHalf} → ${nFull}): Strata ${marginalMs('strata').toFixed(0)} ms wall, ${marginalCpuMs('strata').toFixed(0)} ms CPU, ${slope('strata').toFixed(2)} MB; baseline ${marginalMs('baseline').toFixed(0)} ms wall, ${marginalCpuMs('baseline').toFixed(0)} ms CPU, ${slope('baseline').toFixed(2)} MB.`);

const check = (ok) => (ok ? 'met' : 'NOT met');
const targets = [
  ['Cold time per article ≤ 1.5 × baseline', ratios.time <= 1.5, `${ratios.time.toFixed(2)} × (CPU ${ratios.cpu.toFixed(2)} ×; per added article ${ratios.marginalTime.toFixed(2)} × wall, ${ratios.marginalCpu.toFixed(2)} × CPU)`],
  ['Peak memory ≤ 1.5 × baseline', ratios.memory <= 1.5, `${ratios.memory.toFixed(2)} × (${s.peakMB.toFixed(0)} vs ${b.peakMB.toFixed(0)} MB)`],
  ["Memory per added article flat (read here: ≤ 1.5 × the baseline's MB per added article)", ratios.slope <= 1.5, `${ratios.slope.toFixed(2)} × (${slope('strata').toFixed(2)} vs ${slope('baseline').toFixed(2)} MB)`],
  ['Warm rebuild after editing one article ≤ 25 % of cold', ratios.warm <= 0.25, `${(ratios.warm * 100).toFixed(0)} % (${runs['strata-warm'].seconds.toFixed(1)} s vs ${s.seconds.toFixed(1)} s; CPU ${(ratios.warmCpu * 100).toFixed(0)} %)`],
];
console.log(`\nTargets (set at 300 articles; this run: ${nFull}):`);
for (const [name, ok, value] of targets) console.log(`  ${check(ok).padEnd(7)} ${name}: ${value}`);
console.log(
  '\nStrata builds as in production (content checks, link and anchor checks, search index, security). ms/article = wall time / articles, so what an article produces besides its page (pg/art: print views, short links) counts in it; both sites hold the real articles plus the copies. ' +
    'Wall times on a shared machine vary with load ("load" = 1-minute load average after each run); CPU time is steadier. Logs: .bench/build-*.log.',
);
writeFileSync(
  path.join(bench, 'build.json'),
  `${JSON.stringify({ date: new Date().toISOString(), article, articles: { half: nHalf, full: nFull }, realArticles: realArticles.length, cpus: os.cpus().length, node: process.version, runs, perAddedArticle: { strata: { ms: marginalMs('strata'), cpuMs: marginalCpuMs('strata'), mb: slope('strata') }, baseline: { ms: marginalMs('baseline'), cpuMs: marginalCpuMs('baseline'), mb: slope('baseline') } }, ratios, targets: targets.map(([name, met, value]) => ({ name, met, value })) }, null, 2)}\n`,
);
if (process.env.BENCH_STRICT === '1' && targets.some(([, ok]) => !ok)) process.exit(1);
