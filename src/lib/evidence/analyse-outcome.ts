import { analyseRatios, type PooledRow } from '../../components/forest-plot/analyse';
import type { ForestRow } from '../../components/forest-plot/forest-svg';
import { absoluteEffectPer1000, eggerTest, leaveOneOut, poolingOptions, smallStudyCheckApplies, studyFromRatioInterval, type AbsoluteEffectPer1000, type EggerTest } from '../../model/meta-analysis';
import type { TrialRecord } from '../trials/load-trials';
import type { ProfileOutcome } from './schema';

type TrialOutcome = TrialRecord['outcomes'][number];

/** One pooled study with the trial record and outcome its numbers are read from. */
export interface OutcomeStudy {
  label: string;
  trial: TrialRecord;
  outcome: TrialOutcome;
  estimate: number;
  ci: [number, number];
  citation: string;
  /** Participants in the two compared arms (or the trial's randomized total when arm sizes are not reported). */
  participants: number;
  /** True when the outcome's numbers came from a secondary source (the trial record says so). */
  secondary: boolean;
  /** Whether the active arm had a progestogen: separates estrogen-alone from estrogen plus progestogen. */
  hormone: 'estrogen alone' | 'estrogen + progestogen' | 'other';
}

/** The analysis of one profile outcome: studies, pooled rows (none when k = 1), and the headline estimate. */
export interface OutcomeAnalysis {
  studies: OutcomeStudy[];
  rows: ForestRow[];
  pooled: PooledRow[];
  /** The estimate the SoF table shows: the outcome's method, or the single study when k = 1. */
  main: { estimate: number; lower: number; upper: number; label: string };
  /** The widest 95 % interval the profile shows for this estimate (any method, or the study's own). */
  widest: [number, number];
  /** Higgins' I² from Cochran's Q, percent; undefined when k = 1. */
  i2?: number;
  participants: number;
  /** Leave-one-out: the pooled estimate without each study (same estimator as the main analysis; fixed effect when k = 2). Empty when k = 1. */
  leaveOneOut: Array<{ omitted: string; estimate: number; lower: number; upper: number; method: 'fixed' | 'random' }>;
  /** Egger's regression test, only when ten or more studies are pooled (below that it is uninformative). */
  egger?: EggerTest;
}

/** Leave-one-out rows on the ratio scale, with the outcome's own estimator (k ≥ 3) or fixed effect (k = 2, where each row is the other study alone). */
function sensitivity(outcome: ProfileOutcome, studies: OutcomeStudy[]): OutcomeAnalysis['leaveOneOut'] {
  const effects = studies.map((s) => studyFromRatioInterval(s.estimate, s.ci));
  const random = studies.length >= 3 && outcome.method !== 'FE';
  const rows = leaveOneOut(effects, random ? poolingOptions(outcome.method) : { model: 'fixed' });
  return rows.map((r) => ({ omitted: studies[r.omitted]!.label, estimate: Math.exp(r.estimate), lower: Math.exp(r.ci[0]), upper: Math.exp(r.ci[1]), method: random ? 'random' : 'fixed' }));
}

/** Finds the trial outcome a pooled study names, or undefined. */
export function findTrialOutcome(trial: TrialRecord, study: ProfileOutcome['studies'][number], measure: string): TrialOutcome | undefined {
  return trial.outcomes.find((o) => o.site === study.site && o.effect === measure && (study.arm === undefined || o.arm === study.arm));
}

function hormoneOf(trial: TrialRecord, armId: string | undefined): OutcomeStudy['hormone'] {
  const intervention = trial.arms.find((a) => a.id === armId)?.intervention ?? '';
  if (/^(estradiol|conjugated estrogens)$/.test(intervention)) return 'estrogen alone';
  if (/^(estradiol|conjugated estrogens) \+ progestogen$/.test(intervention)) return 'estrogen + progestogen';
  return 'other';
}

/**
 * Reads each pooled study's numbers from its trial record and pools them with
 * every method (FE, DL, REML, REML-HKSJ). Assumes the profile was validated
 * (each study resolves to an outcome with a CI).
 */
export function analyseOutcome(outcome: ProfileOutcome, trials: Map<string, TrialRecord>): OutcomeAnalysis {
  const studies = outcome.studies.map((study): OutcomeStudy => {
    const trial = trials.get(study.trial)!;
    const found = findTrialOutcome(trial, study, outcome.measure)!;
    const arm = trial.arms.find((a) => a.id === found.arm);
    const versus = trial.arms.find((a) => a.id === found.versus);
    const participants = arm?.n !== undefined && versus?.n !== undefined ? arm.n + versus.n : trial.population.randomized;
    return {
      label: study.label ?? trial.name,
      trial,
      outcome: found,
      estimate: found.estimate,
      ci: found.ci! as [number, number],
      citation: trial.citation,
      participants,
      secondary: trial.source === 'secondary source',
      hormone: hormoneOf(trial, found.arm),
    };
  });
  const participants = studies.reduce((n, s) => n + s.participants, 0);
  if (studies.length === 1) {
    const only = studies[0]!;
    return {
      studies,
      rows: [{ label: only.label, estimate: only.estimate, lower: only.ci[0], upper: only.ci[1], weight: 100 }],
      pooled: [],
      main: { estimate: only.estimate, lower: only.ci[0], upper: only.ci[1], label: 'single trial' },
      widest: only.ci,
      participants,
      leaveOneOut: [],
    };
  }
  const analysis = analyseRatios(studies.map((s) => ({ label: s.label, estimate: s.estimate, ci: s.ci })));
  const main = analysis.pooled.find((p) => p.method === outcome.method)!;
  const widest: [number, number] = [Math.min(...analysis.pooled.map((p) => p.lower)), Math.max(...analysis.pooled.map((p) => p.upper))];
  return {
    studies,
    rows: analysis.studies,
    pooled: analysis.pooled,
    main: { estimate: main.estimate, lower: main.lower, upper: main.upper, label: main.longLabel },
    widest,
    i2: analysis.pooled[0]!.i2,
    participants,
    leaveOneOut: sensitivity(outcome, studies),
    egger: smallStudyCheckApplies(studies.length) ? eggerTest(studies.map((s) => studyFromRatioInterval(s.estimate, s.ci))) : undefined,
  };
}

/** The control-arm risk per 1000 an outcome's absolute effects are computed at, and where it comes from. */
export interface Baseline {
  per1000: number;
  years: number;
  source: string;
}

/** Derives or reads the baseline risk; returns a message when `fromTrial` lacks the control-arm events or size. */
export function baselineOf(outcome: ProfileOutcome, analysis: OutcomeAnalysis): Baseline | { problem: string } {
  const b = outcome.baseline;
  if (b.per1000 !== undefined) return { per1000: b.per1000, years: b.years, source: b.source };
  if (b.ratePer10000PersonYears !== undefined) {
    const per1000 = (b.ratePer10000PersonYears * b.years) / 10;
    return { per1000, years: b.years, source: `${b.source} (${b.ratePer10000PersonYears} per 10,000 person-years × ${b.years} years, assuming a constant rate)` };
  }
  const study = analysis.studies.find((s) => s.trial.id === b.fromTrial);
  if (!study) return { problem: `\`baseline.fromTrial\` is "${b.fromTrial}", which is not among this outcome's studies.` };
  const control = study.trial.arms.find((a) => a.id === study.outcome.versus);
  if (!study.outcome.events || control?.n === undefined) {
    return { problem: `Trial "${study.trial.id}" gives no control-arm events and arm size for "${study.outcome.site}", so the baseline risk cannot be derived from it.` };
  }
  const per1000 = (1000 * study.outcome.events[1]) / control.n;
  return { per1000, years: b.years, source: `${b.source} (${study.outcome.events[1]} of ${control.n})` };
}

/** Absolute effects per 1000 at the baseline risk, from the SoF estimate and its CI (Cochrane Handbook formulas, via the model). */
export function absoluteOf(outcome: ProfileOutcome, analysis: OutcomeAnalysis, baseline: Baseline): AbsoluteEffectPer1000 {
  const measure = ({ 'risk ratio': 'RR', 'hazard ratio': 'HR', 'odds ratio': 'OR' } as const)[outcome.measure];
  return absoluteEffectPer1000({ baselineRisk: baseline.per1000 / 1000, relative: { estimate: analysis.main.estimate, lower: analysis.main.lower, upper: analysis.main.upper, measure } });
}
