import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { katexAssets, katexDist } from '../../../lib/katex/katex-assets';
import subsetFont from 'subset-font';

/**
 * Serves KaTeX's stylesheet and fonts from this site (no CDN). Each face is
 * subset by HarfBuzz (subset-font) to the characters the formulas draw in it
 * (KaTeX_Main alone is 26 KB whole; a page of formulas needs a few KB of it),
 * without hinting (browsers render these sizes unhinted), as WOFF2 files:
 * katex.min.css and its fonts cover the whole site (print views and other
 * pages), katex.<hash>.css and its fonts one article's formulas (see
 * katexStylesheetFor). The hash covers the character sets, so a change in the
 * math changes the addresses. Browsers fetch only the faces a page uses.
 */
const fontNames = () => readdirSync(path.join(katexDist, 'fonts')).filter((f) => f.endsWith('.ttf')).map((f) => f.replace(/\.ttf$/, ''));

export const getStaticPaths = (async () => {
  const { sets } = await katexAssets();
  return [
    { params: { file: 'katex.min.css' } },
    ...[...sets.values()].flatMap((set) => [
      { params: { file: `katex.${set.hash}.css` } },
      ...[...set.faces.keys()].map((face) => ({ params: { file: `fonts/${face}.${set.hash}.woff2` } })),
    ]),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const { site, sets } = await katexAssets();
  const stylesheet = /^katex\.(?:min|([0-9a-f]{8}))\.css$/.exec(file);
  if (stylesheet) {
    const set = stylesheet[1] ? sets.get(stylesheet[1]) : site;
    if (!set) return new Response('Not found', { status: 404 });
    const css = trimStylesheet(readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8'), set.classes, new Set(set.faces.keys())).replace(
      /src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)(?:,url\([^)]*\) format\("(?:woff|truetype)"\))*/g,
      (_, font: string) => `src:url(fonts/${font}.${set.hash}.woff2) format("woff2")`,
    );
    return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  }
  const font = /^fonts\/([\w-]+)\.([0-9a-f]{8})\.woff2$/.exec(file);
  const set = font ? sets.get(font[2]!) : undefined;
  if (!font || !set || !fontNames().includes(font[1]!)) return new Response('Not found', { status: 404 });
  const text = String.fromCodePoint(...(set.faces.get(font[1]!) ?? []));
  const woff2 = await subsetFont(readFileSync(path.join(katexDist, 'fonts', `${font[1]}.ttf`)), text, { targetFormat: 'woff2', noHinting: true });
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
