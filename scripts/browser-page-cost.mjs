/**
 * Summarises the per-page profile that `STRATA_PAGE_PROFILE=<file>` makes
 * tests/browser/every-page.test.ts write: for each kind of page (article,
 * print view, other), how many there were and the mean and median
 * milliseconds of one visit (load and every check), and the mean per check,
 * then the same in renderer main-thread CPU milliseconds.
 * The visit time is tab time; the suite runs STRATA_BROWSER_POOL tabs at a
 * time (default 3), so a page adds about that share of it to the suite's
 * wall time.
 *
 *   node scripts/browser-page-cost.mjs .bench/every-page.json
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/browser-page-cost.mjs <profile.json written with STRATA_PAGE_PROFILE>');
  process.exit(2);
}
/** @type {Array<{ path: string; kind: string; ms: Record<string, number>; cpu?: Record<string, number> }>} */
const profile = JSON.parse(readFileSync(file, 'utf8'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)];
};
const round = (x) => Math.round(x);

for (const kind of [...new Set(profile.map((p) => p.kind))].sort()) {
  const visits = profile.filter((p) => p.kind === kind);
  const totals = visits.map((p) => Object.values(p.ms).reduce((a, b) => a + b, 0));
  const mean = totals.reduce((a, b) => a + b, 0) / visits.length;
  const steps = {};
  for (const visit of visits) for (const [step, ms] of Object.entries(visit.ms)) steps[step] = (steps[step] ?? 0) + ms / visits.length;
  console.log(`${kind}: ${visits.length} pages, one visit ${round(mean)} ms mean, ${round(median(totals))} ms median`);
  console.log(`  ${Object.entries(steps).filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).map(([step, ms]) => `${step} ${round(ms)}`).join(', ')}`);
  // Renderer main-thread CPU (profiles written since it was recorded): steadier than wall time on a loaded machine.
  const withCpu = visits.filter((v) => v.cpu);
  if (withCpu.length > 0) {
    const cpuSteps = {};
    for (const visit of withCpu) for (const [step, ms] of Object.entries(visit.cpu)) cpuSteps[step] = (cpuSteps[step] ?? 0) + ms / withCpu.length;
    const cpuMean = Object.values(cpuSteps).reduce((a, b) => a + b, 0);
    console.log(`  renderer CPU ${round(cpuMean)} ms mean: ${Object.entries(cpuSteps).filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).map(([step, ms]) => `${step} ${round(ms)}`).join(', ')}`);
  }
}
const all = profile.map((p) => Object.values(p.ms).reduce((a, b) => a + b, 0));
console.log(`all: ${profile.length} pages, ${round(all.reduce((a, b) => a + b, 0) / 1000)} s of tab time`);
