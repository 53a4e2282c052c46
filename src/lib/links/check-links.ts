import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content-error';

/** One built page: its site path, the ids it defines and the links it contains. */
export interface BuiltPage {
  file: string;
  sitePath: string;
  ids: Set<string>;
  /** Ids of h2/h3 headings in <main>: the page's linkable sections. */
  sections: Set<string>;
  links: Array<{ href: string; rel: string[]; external: boolean }>;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Heading ids that belong to the page layout, not to authored sections. */
const LAYOUT_IDS = new Set(['contents-title', 'key-points-title', 'disclaimer-title']);

/** Reads every HTML page of a built site. */
export function readBuiltSite(dist: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of walk(dist)) {
    const page = readPage(dist, file);
    pages.set(page.sitePath, page);
  }
  return pages;
}

function readPage(dist: string, file: string): BuiltPage {
  const tree = fromHtml(readFileSync(file, 'utf8')) as Root;
  const ids = new Set<string>();
  const sections = new Set<string>();
  const links: BuiltPage['links'] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    const id = node.properties.id;
    if (typeof id === 'string') ids.add(id);
    if (typeof id === 'string' && (node.tagName === 'h2' || node.tagName === 'h3') && !LAYOUT_IDS.has(id) && parent) sections.add(id);
    if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      const href = node.properties.href;
      const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
      links.push({ href, rel, external: /^https?:\/\//.test(href) });
    }
  });
  const relative = path.relative(dist, file).split(path.sep).join('/');
  const sitePath = '/' + relative.replace(/(^|\/)index\.html$/, '$1');
  return { file: relative, sitePath, ids, sections, links };
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
export function checkBuiltLinks(dist: string, pages: Map<string, BuiltPage> = readBuiltSite(dist)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Authored pages first, so a problem is reported for the article, not its print views.
  const ordered = [...pages.values()].sort((a, b) => Number(a.sitePath.startsWith('/print/')) - Number(b.sitePath.startsWith('/print/')));
  for (const page of ordered) {
    for (const link of page.links) {
      const where = { file: sourceOf(page.sitePath), field: `${page.sitePath} → ${link.href}` };
      if (link.external) {
        if (!link.rel.includes('noopener') || !link.rel.includes('noreferrer')) {
          problems.push({ ...where, message: `External link ${link.href} lacks rel="noopener noreferrer".`, hint: 'Add rel="noopener noreferrer" (Markdown links get it automatically).' });
        }
        continue;
      }
      if (/^(mailto:|tel:|javascript:)/.test(link.href)) continue;
      const url = new URL(link.href, `https://site.invalid${page.sitePath}`);
      const target = url.pathname;
      const targetPage = pages.get(target) ?? pages.get(target.endsWith('/') ? target : `${target}/`);
      const targetFile = path.join(dist, decodeURIComponent(target));
      if (!targetPage && !(existsSync(targetFile) && statSync(targetFile).isFile())) {
        problems.push({ ...where, message: `Broken internal link: ${target} does not exist in the built site.`, hint: 'Fix the address, or add an alias if the page moved.' });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && targetPage && !targetPage.ids.has(hash)) {
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
