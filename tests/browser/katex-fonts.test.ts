/**
 * The KaTeX fonts a page is served hold every glyph its formulas draw. The
 * build assigns each character to a face with its own reading of KaTeX's
 * stylesheet (src/lib/katex/font-faces.ts) and subsets each face to those
 * characters; here chromium's cascade is the judge instead: for every text
 * node of every rendered formula, the computed font family, style and weight
 * pick the @font-face rule the browser uses, and that font file, fetched as
 * served and decoded with fontkit, must map each of the node's characters.
 * A character the original KaTeX face does not have is not asked for (the
 * browser falls back for it whatever the subset holds).
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { expect, test } from 'vitest';
import { baseUrl, builtPages, open, useBrowser } from './browser';

const katexFonts = path.join(path.dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')), 'fonts');

const browser = useBrowser();

const articlePages = builtPages().filter((p) => /^\/topics\/[^/]+\/(fundamentals|intermediate|academic)\/$/.test(p));

interface Usage {
  /** `family|style|weight` → characters drawn in it. */
  used: Record<string, string>;
  /** `family|style|weight` → absolute URL of the served font. */
  faces: Record<string, string>;
}

const original = new Map<string, Set<number>>();
const originalCharacters = (file: string) => {
  if (!original.has(file)) {
    const font = fontkit.create(readFileSync(path.join(katexFonts, `${file}.ttf`))) as fontkit.Font;
    original.set(file, new Set(font.characterSet));
  }
  return original.get(file)!;
};

test('there are article pages with formulas to check', () => {
  expect(articlePages.length).toBeGreaterThan(0);
});

test.each(articlePages)('%s: each served KaTeX font maps every character its formulas draw in it', async (pagePath) => {
  const { page } = await open(browser(), pagePath);
  const usage: Usage = await page.evaluate(() => {
    const used: Record<string, string> = {};
    const norm = (w: string) => (w === 'normal' ? '400' : w === 'bold' ? '700' : w);
    for (const root of document.querySelectorAll('.katex-html')) {
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
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const family = rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '');
        const url = /url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
        if (!url) continue;
        const key = `${family}|${rule.style.getPropertyValue('font-style') || 'normal'}|${norm(rule.style.getPropertyValue('font-weight') || '400')}`;
        faces[key] = new URL(url, sheet.href ?? location.href).href;
      }
    }
    return { used, faces };
  });
  await page.context().close();

  const used = Object.entries(usage.used);
  if (pagePath.endsWith('/academic/')) expect(used.length, 'an academic page draws formulas in KaTeX fonts').toBeGreaterThan(0);
  for (const [key, text] of used) {
    const url = usage.faces[key];
    expect(url, `no @font-face in the served stylesheet for ${key}, which draws ${JSON.stringify([...new Set(text)].join(''))}`).toBeDefined();
    const served = new URL(url!);
    expect(served.origin).toBe(new URL(baseUrl()).origin);
    const response = await fetch(served);
    expect(response.status, url).toBe(200);
    const font = fontkit.create(Buffer.from(await response.arrayBuffer())) as fontkit.Font;
    expect(font.type, url).toBe('WOFF2');
    const file = /\/(KaTeX_[\w-]+?)\.[0-9a-f]{8}\.woff2$/.exec(served.pathname)?.[1];
    expect(file, `font file name ${served.pathname}`).toBeDefined();
    expect(key.split('|')[0], `${served.pathname} is served for ${key}`).toBe(file!.split('-')[0]);
    const mapped = new Set(font.characterSet);
    const inOriginal = originalCharacters(file!);
    const missing = [...new Set(text)].filter((ch) => inOriginal.has(ch.codePointAt(0)!) && !mapped.has(ch.codePointAt(0)!));
    expect(missing, `${served.pathname} (for ${key}) lacks characters its formulas draw in it`).toEqual([]);
  }
});
