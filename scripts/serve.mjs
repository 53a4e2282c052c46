#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 the way a static host would,
 * with sirv (https://github.com/lukeed/sirv): directory URLs resolve to
 * index.html (and redirect to the trailing slash), missing files get the 404
 * page, and every response carries the headers the build wrote to
 * dist/_headers (Content-Security-Policy and the other security headers), so
 * local testing sees what production sends.
 *
 * Only files that exist under dist/ when the server starts are served: sirv
 * lists them once and looks requests up in that list, so no request path
 * (`/../x`, `/%2e%2e/dist-secret/x`) can reach a file outside it. A path
 * that is not valid percent-encoding gets a 400. Restart after rebuilding.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 * Exported `startServer` is used by the browser tests and the benchmarks.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

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

/** Site paths of the folders that have an index.html (`/topics/x`), which redirect to `/topics/x/`. */
function foldersWithIndex(root) {
  const folders = new Set();
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== 'index.html' || entry.parentPath === root) continue;
    folders.add(`/${path.relative(root, entry.parentPath).split(path.sep).join('/')}`);
  }
  return folders;
}

/**
 * A request handler for a built site (see the top of this file).
 *
 * @param {object} options
 * @param {string} options.dir the built site
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} [options.compress]
 *   middleware that compresses responses (bench:pages passes `compression`)
 * @param {(sitePath: string) => string | undefined} [options.cacheControl] a Cache-Control value per path; `_headers` wins where it sets one
 */
export function createHandler({ dir, compress, cacheControl }) {
  const root = path.resolve(dir);
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const folders = foldersWithIndex(root);
  const notFound = (_request, response) => {
    const page = path.join(root, '404.html');
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('Not found');
  };
  const files = sirv(root, { extensions: ['html'], dotfiles: false, onNoMatch: notFound });
  const serve = (request, response) => {
    const urlPath = (request.url ?? '/').split(/[?#]/)[0];
    for (const [name, value] of Object.entries(headersFor(rules, urlPath))) response.setHeader(name, value);
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the path is not valid percent-encoding.');
      return;
    }
    const cache = cacheControl?.(decoded);
    if (cache && !response.hasHeader('Cache-Control')) response.setHeader('Cache-Control', cache);
    if (PRIVATE.test(decoded)) return notFound(request, response);
    if (!decoded.endsWith('/') && folders.has(decoded)) {
      response.writeHead(301, { Location: `${urlPath}/` });
      response.end();
      return;
    }
    files(request, response);
  };
  return compress ? (request, response) => compress(request, response, () => serve(request, response)) : serve;
}

/**
 * Cache-Control as a production static host sets it (bench:pages): a year
 * for content-hashed files (`/_astro/`, fonts named `name.<hash>.woff2`),
 * ten minutes for everything else.
 */
export function staticHostCacheControl(sitePath) {
  return /^\/_astro\/|\.[0-9a-f]{8}\.woff2$/.test(sitePath) ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
}

/** The port `npm start` serves on; a build without STRATA_SITE_URL writes links for it (src/lib/site/origin.ts, LOCAL_PORT). */
export const DEFAULT_PORT = 4321;

/**
 * Starts the server; resolves to `{ url, close }`. Port 0 picks a free port.
 * `compress: true` gzips text responses (as static hosts do; needs the
 * `compression` dev dependency), `cacheControl` sets Cache-Control per path.
 *
 * @param {{ dir?: string, port?: number, host?: string, compress?: boolean, cacheControl?: (sitePath: string) => string | undefined }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir = 'dist', port = DEFAULT_PORT, host = '127.0.0.1', compress = false, cacheControl } = {}) {
  const compression = compress ? (await import('compression')).default({ level: 9, threshold: 0 }) : undefined;
  const server = createServer(createHandler({ dir, compress: compression, cacheControl }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolve({
        url,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ dir: arg('--dir', 'dist'), port: Number(arg('--port', process.env.PORT ?? DEFAULT_PORT)) });
  console.log(`\n  Strata is being served at ${url}/  (Ctrl+C to stop)\n`);
}
