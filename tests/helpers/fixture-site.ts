import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The minimal site (one topic at three depths, three trials, one evidence question, five references, one glossary term, its anchor lock). */
export const FIXTURE_SITE = path.join(ROOT, 'tests/fixtures/site');

/**
 * A scratch project for one real `astro build`: the site's code (config,
 * src, public; node_modules linked) with the minimal fixture site's
 * references.bib and content/ in place of the real ones, and a stale dist/
 * from an earlier "good" build. Remove it with `rmSync(dir, { recursive: true })`.
 */
export function scratchSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-fixture-site-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  cpSync(path.join(FIXTURE_SITE, 'references.bib'), path.join(dir, 'references.bib'));
  cpSync(path.join(FIXTURE_SITE, 'content'), path.join(dir, 'content'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>stale build</title>');
  return dir;
}

/**
 * Runs `astro build` in a scratch project, reading content, writing output
 * and caching through the variables the build supports (STRATA_CONTENT_DIR,
 * STRATA_OUT_DIR, STRATA_CACHE_DIR), all inside the scratch folder.
 */
export function buildSite(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      STRATA_CONTENT_DIR: path.join(dir, 'content'),
      STRATA_OUT_DIR: path.join(dir, 'dist'),
      STRATA_CACHE_DIR: path.join(dir, '.astro-cache'),
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Removes scratch projects. */
export function removeAll(dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
