import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { ContentProblem } from '../content-error';

/**
 * What the link and anchor checks need from a built site, and nothing more:
 * no HTML tree and no page text is kept, so memory grows with the number of
 * ids and distinct links, not with the size of the pages.
 */
export interface BuiltSite {
  /** Site path of every HTML page (`/topics/x/academic/`, `/404.html`) → the ids it defines. */
  ids: Map<string, Set<string>>;
  /** Site path of every directory page → its linkable sections (ids of h2/h3 headings): what the anchor lock records. */
  sections: Map<string, Set<string>>;
  /**
   * Site path → the links to check on that page, in page order, each once:
   * the `href` of an internal link, or `EXTERNAL_WITHOUT_REL` + `href` for an
   * external link that lacks rel="noopener noreferrer". External links with
   * it, and mailto:/tel:/javascript: links, need no check and are not kept.
   */
  links: Map<string, string[]>;
}

/** Marks a stored link as external and lacking rel="noopener noreferrer". */
const EXTERNAL_WITHOUT_REL = '\0';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Heading ids that belong to the page layout, not to authored sections. */
const LAYOUT_IDS = new Set(['contents-title', 'key-points-title', 'disclaimer-title', 'related-title']);

/**
 * Reads every HTML page of a built site, one page at a time, with a
 * streaming (SAX) parser: per page it keeps only the ids, the section ids and
 * the links still to check (see `BuiltSite`).
 */
export function readBuiltSite(dist: string): BuiltSite {
  const site: BuiltSite = { ids: new Map(), sections: new Map(), links: new Map() };
  // Ids and links repeat across pages (navigation, print views): keep one copy
  // of each. The copy is detached from the page text: the parser's strings are
  // slices of the whole page, and keeping one would keep the page in memory.
  const shared = new Map<string, string>();
  const intern = (text: string) => {
    let kept = shared.get(text);
    if (kept === undefined) {
      kept = Buffer.from(text, 'utf8').toString('utf8');
      shared.set(kept, kept);
    }
    return kept;
  };
  for (const file of walk(dist)) {
    const relative = path.relative(dist, file).split(path.sep).join('/');
    const sitePath = '/' + relative.replace(/(^|\/)index\.html$/, '$1');
    const ids = new Set<string>();
    const sections = new Set<string>();
    const links = new Set<string>();
    const parser = new Parser({
      onopentag(name, attributes) {
        if (attributes.id !== undefined) {
          const id = intern(attributes.id);
          ids.add(id);
          if ((name === 'h2' || name === 'h3') && !LAYOUT_IDS.has(id)) sections.add(id);
        }
        const href = attributes.href;
        if (name !== 'a' || href === undefined) return;
        if (/^https?:\/\//.test(href)) {
          const rel = (attributes.rel ?? '').split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) links.add(intern(EXTERNAL_WITHOUT_REL + href));
        } else if (!/^(mailto:|tel:|javascript:)/.test(href)) {
          links.add(intern(href));
        }
      },
    });
    parser.end(readFileSync(file, 'utf8'));
    site.ids.set(sitePath, ids);
    if (!sitePath.endsWith('.html')) site.sections.set(sitePath, sections);
    if (links.size > 0) site.links.set(sitePath, [...links]);
  }
  return site;
}

/** Where a built page's content was authored, for error messages. */
export function sourceOf(sitePath: string): string {
  const article = /^\/topics\/([^/]+)\/(fundamentals|intermediate|academic)\/$/.exec(sitePath);
  if (article) return `content/articles/${article[1]}/${article[2]}.mdx`;
  const printView = /^\/print\/([^/]+)\/(fundamentals|intermediate|academic)\/[^/]+\/$/.exec(sitePath);
  if (printView) return `content/articles/${printView[1]}/${printView[2]}.mdx`;
  const trial = /^\/trials\/([^/]+)\/$/.exec(sitePath);
  if (trial) return `content/trials/${trial[1]}.yaml (rendered by src/pages/trials/[id]/index.astro)`;
  const evidence = /^\/evidence\/([^/]+)\/$/.exec(sitePath);
  if (evidence && evidence[1] !== 'grading') return `content/evidence/${evidence[1]}.yaml (rendered by src/pages/evidence/[slug]/index.astro)`;
  return `src/pages${sitePath === '/' ? '/index' : sitePath.replace(/\/$/, '')}.astro (or its components)`;
}

/**
 * Checks every link in the built site: internal links must reach an existing
 * page or file, and `#anchors` an element with that id on the target page;
 * external links must carry rel="noopener noreferrer". Returns one problem per
 * broken link, naming the page and its likely source file.
 */
export function checkBuiltLinks(dist: string, site: BuiltSite = readBuiltSite(dist)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Authored pages first, so a problem is reported for the article, not its print views.
  const ordered = [...site.links.keys()].sort((a, b) => Number(a.startsWith('/print/')) - Number(b.startsWith('/print/')));
  for (const sitePath of ordered) {
    for (const stored of site.links.get(sitePath)!) {
      const external = stored.startsWith(EXTERNAL_WITHOUT_REL);
      const href = external ? stored.slice(EXTERNAL_WITHOUT_REL.length) : stored;
      const where = { file: sourceOf(sitePath), field: `${sitePath} → ${href}` };
      if (external) {
        problems.push({ ...where, message: `External link ${href} lacks rel="noopener noreferrer".`, hint: 'Add rel="noopener noreferrer" (Markdown links get it automatically).' });
        continue;
      }
      const url = new URL(href, `https://site.invalid${sitePath}`);
      const target = url.pathname;
      const targetIds = site.ids.get(target) ?? site.ids.get(target.endsWith('/') ? target : `${target}/`);
      const targetFile = path.join(dist, decodeURIComponent(target));
      if (!targetIds && !(existsSync(targetFile) && statSync(targetFile).isFile())) {
        problems.push({ ...where, message: `Broken internal link: ${target} does not exist in the built site.`, hint: 'Fix the address, or add an alias if the page moved.' });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && targetIds && !targetIds.has(hash)) {
        problems.push({ ...where, message: `Broken anchor: ${target} has no element with id "${hash}".`, hint: 'Use an existing section id (see the page’s table of contents).' });
      }
    }
  }
  // A link in an article also appears in its print views: report it once, for its source file.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
