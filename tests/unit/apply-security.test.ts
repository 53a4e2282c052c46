/**
 * The security rewrite of a built site (src/lib/security/apply-security.ts),
 * on a scratch site of three pages: each page gets a <meta> policy allowing
 * exactly its own inline scripts and styles, `_headers` and `.htaccess` allow
 * those of every page, a rerun replaces the policy instead of adding a second
 * one, and a page without <head> fails naming the file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { applySecurity } from '../../src/lib/security/apply-security';
import { cspHash } from '../../src/lib/security/inline-sources';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-security-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${body}</head><body></body></html>`;
const metaOf = (html: string) => [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]);

test('each page allows its own inline scripts; the headers allow every page’s', () => {
  const dist = site({
    'index.html': page('<script>theme()</script>'),
    'topics/a/index.html': page('<script>theme()</script><script>widget()</script><style>p{}</style>'),
    '404.html': page(''),
  });
  const { pages, headers } = applySecurity(dist);
  expect(pages).toBe(3);
  const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const topic = readFileSync(path.join(dist, 'topics/a/index.html'), 'utf8');
  // The policy comes right after <meta charset>, before any script.
  expect(home).toMatch(/^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
  expect(metaOf(home)[0]).toContain(`'${cspHash('theme()')}'`);
  expect(metaOf(home)[0]).not.toContain(cspHash('widget()'));
  expect(metaOf(topic)[0]).toContain(`'${cspHash('widget()')}'`);
  expect(metaOf(topic)[0]).toContain(`style-src 'self' '${cspHash('p{}')}'`);
  expect(metaOf(readFileSync(path.join(dist, '404.html'), 'utf8'))[0]).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
  const csp = headers.find(([name]) => name === 'Content-Security-Policy')![1];
  expect(csp).toContain(`'${cspHash('theme()')}'`);
  expect(csp).toContain(`'${cspHash('widget()')}'`);
  expect(csp.match(new RegExp(cspHash('theme()').replace(/[+/]/g, '\\$&'), 'g'))).toHaveLength(1);
  expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toContain(csp);
  expect(readFileSync(path.join(dist, '.htaccess'), 'utf8')).toContain(cspHash('widget()'));
});

test('running it again replaces the policy instead of adding a second one', () => {
  const dist = site({ 'index.html': page('<script>theme()</script>') });
  applySecurity(dist);
  const once = readFileSync(path.join(dist, 'index.html'), 'utf8');
  applySecurity(dist);
  const twice = readFileSync(path.join(dist, 'index.html'), 'utf8');
  expect(metaOf(twice)).toHaveLength(1);
  expect(twice).toBe(once);
});

test('a page without <head> fails, naming the file', () => {
  const dist = site({ 'index.html': page(''), 'broken/index.html': '<p>no head</p>' });
  expect(() => applySecurity(dist)).toThrow(`${path.join('broken', 'index.html')}: no <head> to carry the Content-Security-Policy`);
});
