import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Serves KaTeX's stylesheet and WOFF2 fonts from this site (no CDN). The
 * stylesheet is rewritten to reference only the WOFF2 files, which every
 * supported browser reads; browsers fetch only the faces a page uses.
 */
// Resolve KaTeX through rehype-katex so the stylesheet always matches the
// version that rendered the formulas.
const fromRehypeKatex = createRequire(createRequire(import.meta.url).resolve('rehype-katex'));
const katexDist = path.dirname(fromRehypeKatex.resolve('katex/dist/katex.min.css'));

export const getStaticPaths = (() => {
  const fonts = readdirSync(path.join(katexDist, 'fonts')).filter((f) => f.endsWith('.woff2'));
  return [{ params: { file: 'katex.min.css' } }, ...fonts.map((font) => ({ params: { file: `fonts/${font}` } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  if (file === 'katex.min.css') {
    const css = readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8').replace(/,url\([^)]*?\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
    return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  }
  return new Response(readFileSync(path.join(katexDist, file)), { headers: { 'Content-Type': 'font/woff2' } });
};
