import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { collectFaceCharacters, fontRules } from './_font-faces';
import { subsetToWoff2 } from './_subset-font';

/**
 * Serves KaTeX's stylesheet and fonts from this site (no CDN). Each face is
 * subset to the characters the site's formulas draw in it (KaTeX_Main alone
 * is 26 KB whole; the site's formulas need a few KB of it), as WOFF2 files
 * whose names carry a hash of those character sets, so a change in the math
 * changes the addresses. Browsers fetch only the faces a page uses.
 */
// Resolve KaTeX through rehype-katex so the stylesheet and fonts always match
// the version that rendered the formulas.
const fromRehypeKatex = createRequire(createRequire(import.meta.url).resolve('rehype-katex'));
const katexDist = path.dirname(fromRehypeKatex.resolve('katex/dist/katex.min.css'));
const katex = fromRehypeKatex('katex') as typeof import('katex').default;

const INLINE_MATH = /(?<![\\$])\$(?!\$)((?:\\.|[^$\\\n])+?)\$/g;
const DISPLAY_MATH = /\$\$([\s\S]+?)\$\$/g;

let subset: Promise<{ faces: Map<string, number[]>; classes: Set<string>; hash: string }> | undefined;

/**
 * The characters each KaTeX face draws for the site's formulas: each `$…$`
 * and `$$…$$` in the articles rendered as the build renders it, and each
 * character assigned to its face by KaTeX's stylesheet (see _font-faces.ts).
 * Over-matching (a `$` that is not math) only adds characters.
 */
function siteFaces() {
  subset ??= (async () => {
    const rules = fontRules(readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8'));
    const faces = new Map<string, Set<number>>([['KaTeX_Main-Regular', new Set([...'0123456789()[]{}+-=.,:;'].map((c) => c.codePointAt(0)!))]]);
    const seen = new Set<string>();
    const classes = new Set<string>(['katex']);
    const render = (tex: string, displayMode: boolean) => {
      const key = `${displayMode ? 'D' : 'I'}${tex}`;
      if (seen.has(key)) return;
      seen.add(key);
      try {
        const html = katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', throwOnError: false, strict: 'ignore' });
        collectFaceCharacters(html, rules, faces);
        for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) classes.add(c);
      } catch {
        // The build itself reports formulas KaTeX cannot render.
      }
    };
    for (const entry of await getCollection('articles')) {
      const body = entry.body ?? '';
      for (const m of body.matchAll(DISPLAY_MATH)) render(m[1]!, true);
      for (const m of body.replace(DISPLAY_MATH, ' ').matchAll(INLINE_MATH)) render(m[1]!, false);
    }
    const sorted = new Map([...faces].sort(([a], [b]) => (a < b ? -1 : 1)).map(([face, chars]) => [face, [...chars].sort((a, b) => a - b)]));
    return { faces: sorted, classes, hash: createHash('sha256').update(JSON.stringify([...sorted])).digest('hex').slice(0, 8) };
  })();
  return subset;
}

const fontNames = () => readdirSync(path.join(katexDist, 'fonts')).filter((f) => f.endsWith('.ttf')).map((f) => f.replace(/\.ttf$/, ''));

export const getStaticPaths = (async () => {
  const { hash } = await siteFaces();
  return [{ params: { file: 'katex.min.css' } }, ...fontNames().map((font) => ({ params: { file: `fonts/${font}.${hash}.woff2` } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const { faces, classes, hash } = await siteFaces();
  if (file === 'katex.min.css') {
    const css = trimStylesheet(readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8'), classes, new Set(faces.keys())).replace(
      /src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)(?:,url\([^)]*\) format\("(?:woff|truetype)"\))*/g,
      (_, font: string) => `src:url(fonts/${font}.${hash}.woff2) format("woff2")`,
    );
    return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  }
  const font = /^fonts\/([\w-]+)\.[0-9a-f]{8}\.woff2$/.exec(file)?.[1];
  if (!font || !fontNames().includes(font)) return new Response('Not found', { status: 404 });
  const woff2 = subsetToWoff2(readFileSync(path.join(katexDist, 'fonts', `${font}.ttf`)), faces.get(font) ?? []);
  return new Response(new Uint8Array(woff2), { headers: { 'Content-Type': 'font/woff2' } });
};

/**
 * KaTeX's stylesheet without the rules for markup the site's formulas never
 * produce (a selector is dropped when it needs a class that no rendered
 * formula has; classes inside :not() are ignored) and without the
 * @font-face rules of faces no formula draws in.
 */
function trimStylesheet(css: string, classes: Set<string>, usedFaces: Set<string>): string {
  let out = '';
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const [rule, selectorText, body] = match as unknown as [string, string, string];
    if (selectorText.trim() === '@font-face') {
      const face = /url\(fonts\/([\w-]+)\.woff2\)/.exec(body)?.[1];
      if (!face || usedFaces.has(face)) out += rule;
      continue;
    }
    const kept = selectorText.split(',').filter((selector) => {
      const needed = [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
      return needed.every((c) => classes.has(c));
    });
    if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
  }
  return out;
}
