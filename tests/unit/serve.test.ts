/**
 * The local server (scripts/serve.mjs), used by `npm start`, the browser
 * tests and the benchmarks, on a scratch site: it sends dist/_headers, serves
 * directory pages, and refuses what a static host refuses. Requests are sent
 * with the raw path (node:http `path`), because fetch and URL would normalise
 * `/%2e%2e/` away before it reached the server.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, staticHostCacheControl } from '../../scripts/serve.mjs';

let scratch: string;
let server: { url: string; close: () => Promise<void> };

/** GET with the path sent exactly as written. */
function get(rawPath: string, base = server.url, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'strata-serve-'));
  const dist = path.join(scratch, 'dist');
  // A sibling folder whose name starts with the served folder's name.
  mkdirSync(path.join(scratch, 'dist-secret'));
  writeFileSync(path.join(scratch, 'dist-secret', 'x.txt'), 'SECRET');
  writeFileSync(path.join(scratch, 'secret.txt'), 'SECRET');
  mkdirSync(path.join(dist, 'topics', 'a'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(dist, 'topics', 'a', 'index.html'), '<!doctype html><title>topic a</title>');
  writeFileSync(path.join(dist, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(path.join(dist, '.htaccess'), 'Header always set X-Private "1"');
  writeFileSync(path.join(dist, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  mkdirSync(path.join(dist, '_astro'));
  writeFileSync(path.join(dist, '_astro', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'big.html'), `<!doctype html><title>big</title>${'<p>repeated text</p>'.repeat(500)}`);
  server = await startServer({ dir: dist, port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  test('serves pages and files with the headers from dist/_headers', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<title>home</title>');
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['content-security-policy']).toBe("default-src 'self'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    const asset = await get('/_astro/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toBe("default-src 'self'");
  });

  test('a folder URL redirects to its trailing slash, which serves its index.html', async () => {
    const bare = await get('/topics/a?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/topics/a/');
    const page = await get('/topics/a/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('topic a');
  });

  test('a missing page gets the 404 page, with the headers', async () => {
    const missing = await get('/topics/b/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<title>not found</title>');
    expect(missing.headers['content-security-policy']).toBe("default-src 'self'");
  });

  test.each(['/%2e%2e/dist-secret/x.txt', '/../dist-secret/x.txt', '/..%2fdist-secret/x.txt', '/%2e%2e%2fdist-secret%2fx.txt', '/%2e%2e/secret.txt', '/topics/../../secret.txt'])(
    'never serves a file outside dist/: %s',
    async (rawPath) => {
      const response = await get(rawPath);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('SECRET');
    },
  );

  test.each(['/_headers', '/.htaccess', '/%2ehtaccess'])('does not serve the host configuration %s', async (rawPath) => {
    const response = await get(rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('X-Private');
    expect(response.body).not.toContain('max-age');
  });

  test('answers a malformed percent-escape with 400 and keeps serving', async () => {
    const bad = await get('/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('not valid percent-encoding');
    expect((await get('/%')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});

describe('the bench:pages server (scripts/serve.mjs with gzip and static-host caching)', () => {
  let bench: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    bench = await startServer({ dir: path.join(scratch, 'dist'), port: 0, compress: true, cacheControl: staticHostCacheControl });
  });
  afterAll(() => bench?.close());

  test('answers a malformed percent-escape with 400 instead of crashing', async () => {
    expect((await get('/%E0%A4%A', bench.url)).status).toBe(400);
    expect((await get('/', bench.url)).status).toBe(200);
  });

  test('gzips text for clients that accept it and caches hashed files for a year', async () => {
    const page = await get('/big.html', bench.url, { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('public, max-age=600');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
    const plain = await get('/big.html', bench.url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('repeated text');
    expect((await get('/_astro/app.js', bench.url)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(staticHostCacheControl('/vendor/katex/fonts/KaTeX_Main-Regular.69c05b07.woff2')).toBe('public, max-age=31536000, immutable');
  });
});
