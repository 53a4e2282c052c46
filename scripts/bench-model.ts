/**
 * npm run bench:model — time per widget update for each model function, in
 * Node, as p50/p95 over many runs after warm-up. A slider drag needs each
 * update well under 16 ms (60 frames per second); the target for a full
 * 10-year Lemaire simulation is ≤ 2 ms at p95.
 */
import { performance } from 'node:perf_hooks';
import { absoluteEffect } from '../src/model/absolute-risk/risk-difference';
import { iconArrayCounts } from '../src/model/absolute-risk/icon-array';
import { numberNeededToTreat } from '../src/model/absolute-risk/nnt';
import { tScore } from '../src/model/bone-density/t-score';
import { whoCategory } from '../src/model/bone-density/who-category';
import { menopauseEstrogen, simulateRemodeling } from '../src/model/bone-remodeling/lemaire-model';
import { doseResponsePoints, evidenceAtDose } from '../src/model/dose-response';
import { loadSiteData } from '../src/lib/site-data';
import { fixedEffect } from '../src/model/meta-analysis/fixed-effect';
import { randomEffects } from '../src/model/meta-analysis/random-effects';

interface Result {
  name: string;
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

/** Times `fn` `runs` times after `warmup` calls; returns milliseconds per call. */
function time(name: string, fn: (i: number) => unknown, runs = 2000, warmup = 200): Result {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples[i] = performance.now() - start;
  }
  samples.sort();
  const at = (q: number) => samples[Math.min(runs - 1, Math.floor(q * runs))]!;
  return { name, p50: at(0.5), p95: at(0.95), max: samples[runs - 1]!, runs };
}

const trials = [...loadSiteData().trials.values()];
const points = doseResponsePoints(trials);
const results: Result[] = [
  time('Lemaire 10-year simulation, menopause scenario (monthly output)', (i) =>
    simulateRemodeling({ estrogen: menopauseEstrogen({ postmenopausalLevel: (i % 21) / 20 }), years: 10 }),
  500, 50),
  time('Lemaire 10-year simulation, constant estrogen', (i) => simulateRemodeling({ estrogen: (i % 21) / 20, years: 10 }), 500, 50),
  time('Dose explorer update (evidence at a dose, 3 sites)', (i) => {
    for (const site of ['lumbar spine', 'total hip', 'femoral neck'] as const) evidenceAtDose(points, i % 2 ? 'oral' : 'transdermal', 250 * (1 + (i % 8)), site);
  }),
  time('Dose–response summary from all trial records', () => doseResponsePoints(trials), 500),
  time('Absolute risk + NNT + icon counts (1000 people)', (i) => {
    const effect = absoluteEffect(0.01 + (i % 50) / 100, { measure: 'hazard ratio', estimate: 0.65, ci: [0.45, 0.94] });
    numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
    iconArrayCounts(effect.baselineRisk, effect.treatedRisk, 1000);
  }),
  time('Meta-analysis of 13 studies: FE + DL + REML + REML/HKSJ', (i) => {
    const studies = Array.from({ length: 13 }, (_, j) => ({ yi: Math.sin(i + j), vi: 0.02 + ((j * 7) % 5) / 50 }));
    fixedEffect(studies);
    randomEffects(studies, { method: 'DL' });
    randomEffects(studies, { method: 'REML' });
    randomEffects(studies, { method: 'REML', test: 'knha' });
  }),
  time('T-score and WHO category', (i) => whoCategory(tScore(0.4 + (i % 100) / 100, 'femoral neck', 'female'))),
];

const ms = (v: number) => `${v.toFixed(3).padStart(8)} ms`;
console.log(`Model timings on Node ${process.version} (${results[0]!.runs}+ runs each, after warm-up)\n`);
console.log(`${'function'.padEnd(66)} ${'p50'.padStart(11)} ${'p95'.padStart(11)} ${'max'.padStart(11)}`);
for (const r of results) console.log(`${r.name.padEnd(66)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.max)}`);
const lemaire = results[0]!;
const ok = lemaire.p95 <= 2;
console.log(`\nTarget: 10-year simulation p95 ≤ 2 ms → ${ok ? 'met' : 'NOT met'} (${lemaire.p95.toFixed(3)} ms).`);
process.exitCode = ok ? 0 : 1;
