import { formatNumber } from '../../components/format';
import type { OutcomeAnalysis } from './analyse-outcome';
import type { Profile, ProfileOutcome } from './schema';

/** GRADE's default thresholds of an appreciable benefit or harm for ratio measures (Guyatt et al., J Clin Epidemiol 2011;64:1283–93). */
export const DEFAULT_THRESHOLDS = { lower: 0.75, upper: 1.25 } as const;

/** I² above this (percent) makes inconsistency at least "serious" unless explained. */
export const I2_LIMIT = 50;

/** A rating that contradicts the data: the field it sits in, what is wrong and how to fix it. */
export interface RuleProblem {
  path: (string | number)[];
  message: string;
  hint: string;
}

const f = (x: number) => formatNumber(x, 2);

/** Pairs of studies whose 95 % intervals do not overlap, as "A and B". */
export function nonOverlapping(analysis: OutcomeAnalysis): string[] {
  const pairs: string[] = [];
  analysis.studies.forEach((a, i) =>
    analysis.studies.slice(i + 1).forEach((b) => {
      if (a.ci[1] < b.ci[0] || b.ci[1] < a.ci[0]) pairs.push(`${a.label} and ${b.label}`);
    }),
  );
  return pairs;
}

/**
 * Imprecision: judged on the widest interval the profile shows for the
 * estimate (every pooling method, Hartung–Knapp included; the study's own
 * interval when k = 1). It cannot be "not serious" when that interval crosses
 * no effect (1) and an important threshold.
 */
export function imprecisionRule(outcome: ProfileOutcome, analysis: OutcomeAnalysis): RuleProblem | undefined {
  if (outcome.grade.imprecision.rating !== 'not serious') return undefined;
  const t = outcome.thresholds ?? DEFAULT_THRESHOLDS;
  const [lo, hi] = analysis.widest;
  const crossesNull = lo < 1 && hi > 1;
  const crossed = [lo < t.lower ? `${t.lower}` : undefined, hi > t.upper ? `${t.upper}` : undefined].filter(Boolean);
  if (!crossesNull || crossed.length === 0) return undefined;
  return {
    path: ['grade', 'imprecision', 'rating'],
    message: `Imprecision is rated "not serious", but the widest interval shown for "${outcome.id}" runs from ${f(lo)} to ${f(hi)}: it crosses no effect (1) and the important-effect threshold${crossed.length > 1 ? 's' : ''} ${crossed.join(' and ')}.`,
    hint: `Rate imprecision "serious" (or "very serious" when it crosses both ${t.lower} and ${t.upper}) and say why; see /evidence/grading/#rules.`,
  };
}

/**
 * Inconsistency: at least "serious" when I² exceeds 50 % or two studies'
 * intervals do not overlap, unless the profile records an explanation.
 */
export function inconsistencyRule(outcome: ProfileOutcome, analysis: OutcomeAnalysis): RuleProblem | undefined {
  const rating = outcome.grade.inconsistency;
  if (rating.rating !== 'not serious' || rating.explanation || analysis.studies.length < 2) return undefined;
  const apart = nonOverlapping(analysis);
  const i2 = analysis.i2 ?? 0;
  if (i2 <= I2_LIMIT && apart.length === 0) return undefined;
  const why = [i2 > I2_LIMIT ? `I² is ${formatNumber(i2, 0)}%` : undefined, apart.length > 0 ? `the intervals of ${apart.join(', ')} do not overlap` : undefined].filter(Boolean).join(' and ');
  return {
    path: ['grade', 'inconsistency', 'rating'],
    message: `Inconsistency is rated "not serious" for "${outcome.id}", but ${why}.`,
    hint: 'Rate inconsistency "serious", or add `grade.inconsistency.explanation` saying why the differences do not lower certainty; see /evidence/grading/#rules.',
  };
}

/** Pooling estrogen-alone with estrogen plus progestogen must be a recorded decision with its reason. */
export function poolingRule(outcome: ProfileOutcome, analysis: OutcomeAnalysis, profile: Pick<Profile, 'decisions'>): RuleProblem | undefined {
  const kinds = new Set(analysis.studies.map((s) => s.hormone));
  if (!(kinds.has('estrogen alone') && kinds.has('estrogen + progestogen'))) return undefined;
  if (outcome.poolingDecision && profile.decisions.some((d) => d.id === outcome.poolingDecision)) return undefined;
  return {
    path: ['poolingDecision'],
    message: outcome.poolingDecision
      ? `\`poolingDecision\` "${outcome.poolingDecision}" names no entry in \`decisions\`.`
      : `Outcome "${outcome.id}" pools estrogen-alone with estrogen-plus-progestogen trials without a recorded decision.`,
    hint: 'Add a `decisions` entry (id, decision, reason) and name it in `poolingDecision`, or analyse the two regimens separately.',
  };
}

/** Every rule over one outcome, in the order the grading page lists them. */
export function checkOutcomeRatings(outcome: ProfileOutcome, analysis: OutcomeAnalysis, profile: Pick<Profile, 'decisions'>): RuleProblem[] {
  return [imprecisionRule(outcome, analysis), inconsistencyRule(outcome, analysis), poolingRule(outcome, analysis, profile)].filter((p): p is RuleProblem => p !== undefined);
}
