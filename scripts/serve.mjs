#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 with no dependencies, the way a
 * static host would: directory URLs resolve to index.html, missing files get
 * a 404, nothing outside dist/ is reachable, and every response carries the
 * headers the build wrote to dist/_headers (Content-Security-Policy and the
 * other security headers), so local testing sees what production sends.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 * Exported `startServer` is used by the browser tests and benchmarks.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Parses a Netlify/Cloudflare `_headers` file into rules: a path pattern
 * (exact, or a prefix ending in `*`) followed by indented `Name: value` lines.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Headers of every rule whose pattern matches the path, in file order. */
function headersFor(rules, urlPath) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const matches = pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
    if (matches) for (const [name, value] of headers) out[name] = value;
  }
  return out;
}

/** Files a static host never serves: its own configuration and dotfiles. */
const PRIVATE = /(^|\/)(_headers|_redirects|\.[^/]*)$/;

async function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  if (PRIVATE.test(decoded)) return undefined;
  const candidate = path.normalize(path.join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return { file: candidate };
    if (info.isDirectory()) {
      if (!decoded.endsWith('/')) return { redirect: `${decoded}/` };
      return { file: path.join(candidate, 'index.html') };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Starts the server; resolves to `{ url, close }`. Port 0 picks a free port. */
export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir);
  const rules = existsSync(path.join(root, '_headers')) ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8')) : [];
  const server = createServer(async (request, response) => {
    const urlPath = (request.url ?? '/').split('?')[0];
    for (const [name, value] of Object.entries(headersFor(rules, urlPath))) response.setHeader(name, value);
    const found = await resolveFile(root, request.url ?? '/').catch(() => undefined);
    if (found?.redirect) {
      response.writeHead(301, { Location: found.redirect });
      response.end();
      return;
    }
    try {
      if (!found) throw new Error('not found');
      const body = await readFile(found.file);
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(found.file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolve({ url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ dir: arg('--dir', 'dist'), port: Number(arg('--port', process.env.PORT ?? 4321)) });
  console.log(`\n  Strata is being served at ${url}/  (Ctrl+C to stop)\n`);
}
