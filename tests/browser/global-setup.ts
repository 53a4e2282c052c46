import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

/**
 * Serves the built site (run `npm run build` first; `npm test` does) on a
 * free loopback port for the browser suite.
 */
export default async function setup(project: TestProject) {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('The browser tests need a built site in dist/. Run `npm run build` first (npm test does this).');
  }
  const server = (await startServer({ dir: dist, port: 0 })) as { url: string; close: () => Promise<void> };
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
