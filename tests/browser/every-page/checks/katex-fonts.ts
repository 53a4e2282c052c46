/**
 * On article pages, the KaTeX fonts a page is served hold every glyph its
 * formulas draw. The build assigns each character to a face with its own
 * reading of KaTeX's stylesheet (src/lib/katex/font-faces.ts) and subsets each
 * face to those characters; here chromium's cascade is the judge instead: for
 * every text node of every rendered formula, the computed font family, style
 * and weight pick the @font-face rule the browser uses, and that font file,
 * fetched as served and decoded with fontkit, must map each of the node's
 * characters. A character the original KaTeX face does not have is not asked
 * for (the browser falls back for it whatever the subset holds).
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PageCheck } from '../visit';

const katexFonts = path.join(path.dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')), 'fonts');

const original = new Map<string, Set<number>>();
const originalCharacters = (file: string) => {
  if (!original.has(file)) {
    const font = fontkit.create(readFileSync(path.join(katexFonts, `${file}.ttf`))) as fontkit.Font;
    original.set(file, new Set(font.characterSet));
  }
  return original.get(file)!;
};
/** Served font URL → the code points it maps (a font is fetched and decoded once per run). */
const served = new Map<string, Promise<{ status: number; type?: string; mapped: Set<number> }>>();
const fetchFont = (url: string) => {
  if (!served.has(url)) {
    served.set(url, (async () => {
      const response = await fetch(url);
      if (response.status !== 200) return { status: response.status, mapped: new Set<number>() };
      const font = fontkit.create(Buffer.from(await response.arrayBuffer())) as fontkit.Font;
      return { status: 200, type: font.type, mapped: new Set(font.characterSet) };
    })());
  }
  return served.get(url)!;
};

/** In the page: characters drawn per `family|style|weight`, and the served font URL of each @font-face. */
function fontUsage(): { used: Record<string, string>; faces: Record<string, string> } {
  const used: Record<string, string> = {};
  const norm = (w: string) => (w === 'normal' ? '400' : w === 'bold' ? '700' : w);
  for (const root of Array.from(document.querySelectorAll('.katex-html'))) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const style = getComputedStyle(node.parentElement!);
      const family = style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      if (!family.startsWith('KaTeX_')) continue;
      const key = `${family}|${style.fontStyle}|${norm(style.fontWeight)}`;
      used[key] = (used[key] ?? '') + node.textContent;
    }
  }
  const faces: Record<string, string> = {};
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '');
      const url = /url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!url) continue;
      const key = `${family}|${rule.style.getPropertyValue('font-style') || 'normal'}|${norm(rule.style.getPropertyValue('font-weight') || '400')}`;
      faces[key] = new URL(url, sheet.href ?? location.href).href;
    }
  }
  return { used, faces };
}

export const katexFontCoverage: PageCheck = {
  name: 'katex-fonts',
  phase: 'screen',
  applies: (_path, kind) => kind === 'article',
  async run({ page, path: pagePath, origin }) {
    const problems: string[] = [];
    const usage = await page.evaluate(fontUsage);
    const used = Object.entries(usage.used);
    if (pagePath.endsWith('/academic/') && used.length === 0) problems.push('an academic page draws no formula in KaTeX fonts');
    for (const [key, text] of used) {
      const url = usage.faces[key];
      if (!url) {
        problems.push(`no @font-face in the served stylesheet for ${key}, which draws ${JSON.stringify([...new Set(text)].join(''))}`);
        continue;
      }
      const where = new URL(url);
      if (where.origin !== origin) problems.push(`${url} is served from another origin`);
      const font = await fetchFont(url);
      if (font.status !== 200) {
        problems.push(`${url}: HTTP ${font.status}`);
        continue;
      }
      if (font.type !== 'WOFF2') problems.push(`${url} is ${font.type}, not WOFF2`);
      const file = /\/(KaTeX_[\w-]+?)\.[0-9a-f]{8}\.woff2$/.exec(where.pathname)?.[1];
      if (!file) {
        problems.push(`font file name ${where.pathname} does not name its KaTeX face`);
        continue;
      }
      if (key.split('|')[0] !== file.split('-')[0]) problems.push(`${where.pathname} is served for ${key}`);
      const inOriginal = originalCharacters(file);
      const missing = [...new Set(text)].filter((ch) => inOriginal.has(ch.codePointAt(0)!) && !font.mapped.has(ch.codePointAt(0)!));
      if (missing.length > 0) problems.push(`${where.pathname} (for ${key}) lacks characters its formulas draw in it: ${missing.join('')}`);
    }
    return problems;
  },
};
