#!/usr/bin/env node
/**
 * npm run bench:size — builds the site (the npm script does), serves dist/ on
 * 127.0.0.1, loads every page in Debian's chromium and prints, per page, the
 * bytes downloaded at initial load by type (raw and gzip) and the request
 * count, against the JavaScript budgets (3 KB gz without widgets, 12 KB with).
 * Exits 1 if any page is over budget.
 */
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { builtPages } from './built-pages.mjs';
import { startServer } from './serve.mjs';
import { measurePage } from './page-weight.mjs';

const dist = path.resolve('dist');
const pages = builtPages(dist);

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const server = await startServer({ dir: dist, port: 0 });
const browser = await launchChromium();
let over = 0;
console.log('Initial-load weight per page (KB; raw / gzip). Budgets: JS ≤ 3 KB gz without widgets, ≤ 12 KB with.\n');
console.log(`${'page'.padEnd(44)} ${'html'.padStart(13)} ${'css'.padStart(13)} ${'js'.padStart(13)} ${'fonts'.padStart(13)} ${'total'.padStart(13)}  req  JS budget`);
for (const pagePath of pages) {
  const m = await measurePage(browser, `${server.url}${pagePath}`);
  const cell = (t) => (t ? `${kb(t.raw)}/${kb(t.gzip)}` : '     -/     -');
  if (!m.withinBudget) over++;
  console.log(
    `${pagePath.padEnd(44)} ${cell(m.totals.html)} ${cell(m.totals.css)} ${cell(m.totals.js)} ${cell(m.totals.font)} ${cell(m.all)} ${String(m.all.requests).padStart(4)}  ${m.withinBudget ? 'ok' : 'OVER'} (${(m.jsGzip / 1024).toFixed(2)} of ${m.jsBudget / 1024} KB${m.hasWidget ? ', widget page' : ''})`,
  );
}
await browser.close();
await server.close();
console.log(over === 0 ? '\nAll pages within their JavaScript budgets.' : `\n${over} page(s) over budget.`);
process.exit(over === 0 ? 0 : 1);
