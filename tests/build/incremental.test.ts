/**
 * Incremental builds (experimental.incrementalBuild with the cacheKeys of
 * src/lib/build/cache-keys.ts) publish the same bytes as a cold build.
 *
 * A scratch copy of the project with the minimal fixture site's content and
 * references (tests/fixtures/site: one topic at three depths, its trials,
 * evidence question, glossary term and aliases) builds cold. Then,
 * one input kind at a time and cumulatively, it edits an input, rebuilds warm
 * (same STRATA_CACHE_DIR, so unchanged pages are restored from the cache),
 * cold-builds the same content into another STRATA_OUT_DIR with an empty
 * cache, and byte-compares the two output trees. Nothing is ignored: the
 * build writes no timestamp. A stale number in the warm tree fails the test
 * with the files that differ.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scratchSite } from '../helpers/fixture-site';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_TIMEOUT = 600_000;

let project = '';
let small = '';
const warm = { out: '', cache: '' };
const cold = { out: '', cache: '' };

/** `astro build` of the scratch project into `out` with `cache`; returns the log, throws on failure. */
function build(target: { out: string; cache: string }): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      STRATA_CONTENT_DIR: small,
      STRATA_OUT_DIR: target.out,
      STRATA_CACHE_DIR: target.cache,
      STRATA_SKIP_ADDRESS_CHECKS: '1',
    },
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${log.slice(-4000)}`);
  return log;
}

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The files that differ between two output trees (present in one only, or with other bytes). */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const out: string[] = [];
  for (const file of left) {
    if (!right.delete(file)) out.push(`only in warm: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) out.push(`differs: ${file}`);
  }
  for (const file of right) out.push(`only in cold: ${file}`);
  return out;
}

/** Rebuilds warm, cold-builds the same content afresh, and returns what the warm build restored plus the differences. */
function warmAgainstCold(): { restored: number; rendered: number; differ: string[] } {
  const log = build(warm);
  rmSync(cold.out, { recursive: true, force: true });
  rmSync(cold.cache, { recursive: true, force: true });
  build(cold);
  return {
    restored: log.match(/\(restored\)|\(cached\)/g)?.length ?? 0,
    rendered: log.match(/├─ .*\(\+\d+m?s\)/g)?.length ?? 0,
    differ: differences(warm.out, cold.out),
  };
}

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing: the fixture text moved, update the test`);
  writeFileSync(file, after);
}

/** The text of a built page, from the warm tree. */
const page = (file: string) => readFileSync(path.join(warm.out, file), 'utf8');

beforeAll(() => {
  project = scratchSite();
  small = path.join(project, 'content');
  Object.assign(warm, { out: path.join(project, 'out-warm'), cache: path.join(project, 'cache-warm') });
  Object.assign(cold, { out: path.join(project, 'out-cold'), cache: path.join(project, 'cache-cold') });
  build(warm);
}, BUILD_TIMEOUT);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a warm (incremental) build publishes the same bytes as a cold build', () => {
  test('nothing changed: keyed pages are restored from the cache, not rendered', () => {
    const { restored, differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(restored).toBeGreaterThan(10);
  }, BUILD_TIMEOUT);

  test('an article (MDX) edited: its topic is rendered again, pages that do not read it are restored', () => {
    edit(path.join(small, 'articles/estrogen-dose/academic.mdx'), (text) => `${text.trimEnd()}\n\nIn a later analysis, 37.4 % of women kept the gain.\n`);
    const { restored, differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(page('topics/estrogen-dose/academic/index.html')).toContain('37.4 %');
    expect(restored).toBeGreaterThan(0);
  }, BUILD_TIMEOUT);

  test('a references.bib entry cited by a page edited', () => {
    edit(path.join(project, 'references.bib'), (bib) => bib.replace(/(@article\{prestwood2003ultralow,[^@]*?volume\s*=\s*\{)290\}/, '$1291}'));
    const { differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(page('topics/estrogen-dose/academic/index.html')).toMatch(/JAMA[^<]*291/);
  }, BUILD_TIMEOUT);

  test('a trial record edited (an estimate a TrialTable prints)', () => {
    edit(path.join(small, 'trials/prestwood-2003.yaml'), (yaml) => yaml.replace('site: total hip, timepoint: { value: 3, unit: years }, effect: mean percent change difference, arm: estradiol, versus: placebo, estimate: 3.6,', 'site: total hip, timepoint: { value: 3, unit: years }, effect: mean percent change difference, arm: estradiol, versus: placebo, estimate: 3.9,'));
    const { differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(page('trials/prestwood-2003/index.html')).toContain('3.9');
  }, BUILD_TIMEOUT);

  test('a glossary entry edited', () => {
    edit(path.join(small, 'glossary/remodeling.yaml'), (yaml) => yaml.replace('old bone is removed and replaced', 'old bone is dissolved and rebuilt'));
    const { differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(page('topics/estrogen-dose/fundamentals/index.html')).toContain('old bone is dissolved and rebuilt');
  }, BUILD_TIMEOUT);

  test('aliases.yaml edited (a redirect renamed: the old page must disappear from the warm output)', () => {
    edit(path.join(small, 'aliases.yaml'), (yaml) => yaml.replace('/topics/estrogen-dose/basic/:', '/topics/estrogen-dose/simple/:'));
    const { differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(existsSync(path.join(warm.out, 'topics/estrogen-dose/simple/index.html'))).toBe(true);
    expect(existsSync(path.join(warm.out, 'topics/estrogen-dose/basic/index.html'))).toBe(false);
  }, BUILD_TIMEOUT);

  test("a sibling depth's section list edited (the level switcher of the other depths)", () => {
    edit(path.join(small, 'articles/estrogen-dose/fundamentals.mdx'), (text) =>
      text.replace('## Does the dose matter? [#dose-response]', '## Side effects to watch for [#side-effects]\n\nTell your doctor about any bleeding.\n\n## Does the dose matter? [#dose-response]'),
    );
    // A section at one depth only is a depth gap: declare it, as an author must (content/depth-gaps.yaml).
    edit(path.join(small, 'depth-gaps.yaml'), (yaml) => `${yaml}  - topic: estrogen-dose\n    id: side-effects\n    reason: A section added at Fundamentals only by this test.\n    goTo: { intermediate: dose-response, academic: dose-response }\n`);
    const { differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(existsSync(path.join(warm.out, 'print/estrogen-dose/fundamentals/side-effects/index.html'))).toBe(true);
  }, BUILD_TIMEOUT);

  test('the topic yaml edited', () => {
    edit(path.join(small, 'topics/estrogen-dose.yaml'), (yaml) => yaml.replace('title: Estrogen dose and bone density', 'title: Estrogen dose and bone strength'));
    const { differ } = warmAgainstCold();
    expect(differ).toEqual([]);
    expect(page('topics/estrogen-dose/index.html')).toContain('Estrogen dose and bone strength');
  }, BUILD_TIMEOUT);
});
