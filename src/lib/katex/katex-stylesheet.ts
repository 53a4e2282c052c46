import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The stylesheet and fonts come from the installed katex package itself, the
// same one that renders the formulas (src/lib/markdown/rehype-katex-cached.ts).
/** KaTeX's dist/ folder (katex.min.css and fonts/). */
export const katexDist = path.dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** What a KaTeX stylesheet is cut to: the classes the formulas use, the faces they draw in, and the name of their font files. */
export interface StylesheetSet {
  classes: Set<string>;
  faces: Map<string, number[]>;
  hash: string;
}

/**
 * KaTeX's stylesheet for one set of formulas: only the rules their markup
 * needs, an @font-face for each face they draw in pointing at that set's
 * subset WOFF2 file under `fontBase` (e.g. `fonts/` from the stylesheet file,
 * `/vendor/katex/fonts/` inlined in a page), and `font-display: swap`, so
 * text is never held invisible while a font loads (KaTeX ships `block`).
 */
export function katexStylesheet(set: StylesheetSet, fontBase: string): string {
  return trimStylesheet(readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8'), set.classes, new Set(set.faces.keys()))
    .replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)(?:,url\([^)]*\) format\("(?:woff|truetype)"\))*/g, (_, font: string) => `src:url(${fontBase}${font}.${set.hash}.woff2) format("woff2")`)
    .replace(/font-display:block/g, 'font-display:swap');
}

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
