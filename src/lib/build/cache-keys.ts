import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content-dir';

/**
 * Bump when pages start to depend on something the digests below do not read
 * (a new input folder, an environment variable, a file outside src/), so that
 * every cached page of an older build is rendered again.
 */
export const CACHE_KEY_VERSION = 'strata-1';

/**
 * Files and folders (relative to the project root) every page may read while
 * it renders, outside the route's own module graph: the bibliography, the
 * further-reading list, all build code (remark/rehype plugins run from the
 * config, not from a page module, so Astro's per-route dependency hash does
 * not see them), public/ and the package set.
 */
const PROJECT_INPUTS = ['references.bib', 'content/further-reading.yaml', 'astro.config.mjs', 'package.json', 'package-lock.json', 'src', 'public'];

/**
 * Everything under the content folder (STRATA_CONTENT_DIR) is an input of
 * every page (trial records, evidence questions, the glossary, topic records,
 * aliases, and whatever a later feature adds there), except what is listed
 * here: articles, hashed per topic (`topic`) or all together (`articles`),
 * and the anchor lock, which no page renders from (the build writes it).
 */
const CONTENT_EXCLUDED = new Set(['articles', 'anchors.lock.json']);

/** Feeds a file, or every file under a folder in name order, into the hash, each with its path. */
function hashPath(hash: Hash, base: string, relative: string): void {
  const absolute = path.join(base, relative);
  if (!existsSync(absolute)) {
    hash.update(`missing ${relative}\n`);
    return;
  }
  if (statSync(absolute).isDirectory()) {
    for (const name of readdirSync(absolute).sort()) hashPath(hash, base, path.join(relative, name));
    return;
  }
  hash.update(`file ${relative}\n`);
  hash.update(readFileSync(absolute));
  hash.update('\n');
}

/**
 * The `cacheKey`s Strata's routes return from `getStaticPaths()` for
 * `experimental.incrementalBuild` (astro.config.mjs). A page is rendered again
 * when its key changes, so each key covers everything the page may depend on;
 * over-inclusion only costs time, under-inclusion publishes stale numbers.
 *
 * - `site`: the version salt, the site URL, every project input (the whole
 *   references.bib rather than the entries a page cites: reference lists,
 *   trial tables, evidence pages and tool pages cite through records and
 *   components as well as `[@key]`, so a per-page key list would be one more
 *   reader to keep in step) and every content file except articles. For pages
 *   that read no article (trials, evidence, redirects).
 * - `topic(t)`: `site` plus every file in content/articles/<t>/, i.e. the page's
 *   own MDX and its sibling depths (the level switcher lists their sections).
 *   For article, print and QR pages of that topic and its landing page.
 * - `articles`: `site` plus every article. For pages built from all articles
 *   (depth indexes, short links, KaTeX font subsets).
 *
 * Each digest is computed at most once per returned object. Called without
 * `root`, as every route's getStaticPaths() does, the object is shared by the
 * whole process (one `astro build`), so the project inputs (src/, the
 * lockfile, references.bib, …) are hashed once per build, not once per route;
 * a build that changes those files mid-way is not supported anyway. Pass a
 * root to hash afresh (tests, tools).
 */
export function cacheKeys(root?: string): CacheKeys {
  if (root !== undefined) return computeCacheKeys(root);
  const cwd = process.cwd();
  const id = `${cwd}\0${contentDir(cwd)}\0${process.env.STRATA_SITE_URL ?? ''}`;
  if (shared?.id !== id) shared = { id, keys: computeCacheKeys(cwd) };
  return shared.keys;
}

/** The keys of one project; each digest is computed on first use. */
export interface CacheKeys {
  readonly site: string;
  topic(name: string): string;
  readonly articles: string;
}

let shared: { id: string; keys: CacheKeys } | undefined;

function computeCacheKeys(root: string): CacheKeys {
  const content = contentDir(root);
  let site: string | undefined;
  const siteKey = (): string => {
    if (site) return site;
    const hash = createHash('sha256');
    hash.update(`${CACHE_KEY_VERSION}\nsite ${process.env.STRATA_SITE_URL ?? ''}\n`);
    for (const input of PROJECT_INPUTS) hashPath(hash, root, input);
    hash.update('content\n');
    const inputs = existsSync(content) ? readdirSync(content).filter((name) => !CONTENT_EXCLUDED.has(name)).sort() : [];
    for (const input of inputs) hashPath(hash, content, input);
    site = hash.digest('hex');
    return site;
  };
  const topics = new Map<string, string>();
  const topic = (name: string): string => {
    let key = topics.get(name);
    if (!key) {
      const hash = createHash('sha256').update(`${siteKey()}\n`);
      hashPath(hash, content, path.join('articles', name));
      key = hash.digest('hex');
      topics.set(name, key);
    }
    return key;
  };
  let articles: string | undefined;
  return {
    get site() {
      return siteKey();
    },
    topic,
    get articles() {
      if (!articles) {
        const hash = createHash('sha256').update(`${siteKey()}\n`);
        hashPath(hash, content, 'articles');
        articles = hash.digest('hex');
      }
      return articles;
    },
  };
}
