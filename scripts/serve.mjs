#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 with no dependencies, the way a
 * static host would: directory URLs resolve to index.html, missing files get
 * a 404, nothing outside dist/ is reachable.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 * Exported `startServer` is used by the browser tests and benchmarks.
 */
import { createServer } from 'node:http';
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

async function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
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
  const server = createServer(async (request, response) => {
    const found = await resolveFile(root, request.url ?? '/');
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
