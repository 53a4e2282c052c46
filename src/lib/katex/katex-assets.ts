import { getCollection } from 'astro:content';
import katex from 'katex';
import { renderArticle } from '../content/articles';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectFaceCharacters, fontRules } from './font-faces';
import { katexDist, katexStylesheet } from './katex-stylesheet';



/** The KaTeX faces, characters and classes a set of formulas needs; `hash` names its stylesheet and fonts. */
interface FontSet {
  faces: Map<string, number[]>;
  classes: Set<string>;
  hash: string;
}

interface Rendered {
  faces: Map<string, Set<number>>;
  classes: Set<string>;
}

let assets: Promise<{ site: FontSet; byArticle: Map<string, FontSet>; sets: Map<string, FontSet> }> | undefined;

/**
 * For the whole site and for each article: the characters each KaTeX face
 * draws (each formula the article's parse recorded, rendered as the build
 * renders it, each character assigned to its face by KaTeX's stylesheet, see
 * font-faces.ts) and the KaTeX classes used. Computed once per build; recomputed on every request in dev,
 * so a new formula never meets a stale font.
 */
export function katexAssets() {
  if (assets && !import.meta.env.DEV) return assets;
  assets = (async () => {
    const rules = fontRules(readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8'));
    const rendered = new Map<string, Rendered>();
    const render = (tex: string, displayMode: boolean): Rendered => {
      const key = `${displayMode ? 'D' : 'I'}${tex}`;
      let hit = rendered.get(key);
      if (!hit) {
        hit = { faces: new Map(), classes: new Set() };
        try {
          const html = katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', throwOnError: false, strict: 'ignore' });
          collectFaceCharacters(html, rules, hit.faces);
          for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) hit.classes.add(c);
        } catch {
          // The build itself reports formulas KaTeX cannot render.
        }
        rendered.set(key, hit);
      }
      return hit;
    };
    const collect = (formulas: ReadonlyArray<{ tex: string; display: boolean }>): FontSet => {
      const faces = new Map<string, Set<number>>();
      const classes = new Set<string>(['katex']);
      const add = (r: Rendered) => {
        for (const [face, chars] of r.faces) {
          const set = faces.get(face) ?? new Set<number>();
          for (const c of chars) set.add(c);
          faces.set(face, set);
        }
        for (const c of r.classes) classes.add(c);
      };
      for (const { tex, display } of formulas) add(render(tex, display));
      const sorted = new Map([...faces].sort(([a], [b]) => (a < b ? -1 : 1)).map(([face, chars]) => [face, [...chars].sort((a, b) => a - b)]));
      const hash = createHash('sha256').update(JSON.stringify([...sorted, [...classes].sort()])).digest('hex').slice(0, 8);
      return { faces: sorted, classes, hash };
    };
    // The formulas each article's parse recorded (remark-parse-record.ts), as KaTeX renders them.
    const articles = await Promise.all((await getCollection('articles')).map(async (entry) => ({ id: entry.id, math: (await renderArticle(entry)).meta.math })));
    const site = collect(articles.flatMap((article) => article.math));
    const sets = new Map([[site.hash, site]]);
    const byArticle = new Map<string, FontSet>();
    for (const entry of articles) {
      const set = collect(entry.math);
      const shared = sets.get(set.hash) ?? set;
      sets.set(shared.hash, shared);
      byArticle.set(entry.id, shared);
    }
    return { site, byArticle, sets };
  })();
  return assets;
}

/**
 * The KaTeX stylesheet to inline in a page: for an article page, one whose
 * fonts hold only the glyphs its own formulas draw; for any other page, the
 * site-wide one. Inlined, it does not hold up first paint as a stylesheet
 * request would; font URLs are absolute.
 */
export async function katexStylesheetFor(pathname: string): Promise<string> {
  const { site, byArticle } = await katexAssets();
  const article = /^\/topics\/([^/]+)\/(fundamentals|intermediate|academic)\/?$/.exec(pathname);
  const set = (article && byArticle.get(`${article[1]}/${article[2]}`)) || site;
  return katexStylesheet(set, '/vendor/katex/fonts/');
}
