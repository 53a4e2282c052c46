import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { katexAssets } from '../../../lib/katex/katex-assets';
import subsetFont from 'subset-font';
import { katexDist, katexStylesheet } from '../../../lib/katex/katex-stylesheet';

/**
 * Serves KaTeX's fonts and one stylesheet from this site (no CDN). Each face is
 * subset by HarfBuzz (subset-font) to the characters the formulas draw in it
 * (KaTeX_Main alone is 26 KB whole; a page of formulas needs a few KB of it),
 * without hinting (browsers render these sizes unhinted), as WOFF2 files:
 * katex.min.css and its fonts cover the whole site (print views link it);
 * fonts/<face>.<hash>.woff2 one article's formulas, whose stylesheet is inlined
 * in the article page (katexStylesheetFor). The hash covers the character
 * sets, so a change in the math changes the addresses. Browsers fetch only the
 * faces a page uses.
 */
const fontNames = () => readdirSync(path.join(katexDist, 'fonts')).filter((f) => f.endsWith('.ttf')).map((f) => f.replace(/\.ttf$/, ''));

export const getStaticPaths = (async () => {
  const { sets } = await katexAssets();
  return [
    { params: { file: 'katex.min.css' } },
    ...[...sets.values()].flatMap((set) => [...set.faces.keys()].map((face) => ({ params: { file: `fonts/${face}.${set.hash}.woff2` } }))),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const { site, sets } = await katexAssets();
  if (file === 'katex.min.css') return new Response(katexStylesheet(site, 'fonts/'), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  const font = /^fonts\/([\w-]+)\.([0-9a-f]{8})\.woff2$/.exec(file);
  const set = font ? sets.get(font[2]!) : undefined;
  if (!font || !set || !fontNames().includes(font[1]!)) return new Response('Not found', { status: 404 });
  const text = String.fromCodePoint(...(set.faces.get(font[1]!) ?? []));
  const woff2 = await subsetFont(readFileSync(path.join(katexDist, 'fonts', `${font[1]}.ttf`)), text, { targetFormat: 'woff2', noHinting: true });
  return new Response(new Uint8Array(woff2), { headers: { 'Content-Type': 'font/woff2' } });
};
