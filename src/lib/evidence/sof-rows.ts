import { CERTAINTY_LABELS } from '../content/certainty';
import { absoluteOf, analyseOutcome, baselineOf, type Baseline, type OutcomeAnalysis } from './analyse-outcome';
import { GRADE_DOMAINS, type GradeDomain, type Profile, type ProfileOutcome } from './schema';
import type { TrialRecord } from '../trials/load-trials';
import type { AbsoluteEffectPer1000 } from '../../model/meta-analysis';

export const DOMAIN_LABELS: Record<GradeDomain, string> = {
  riskOfBias: 'Risk of bias',
  inconsistency: 'Inconsistency',
  indirectness: 'Indirectness',
  imprecision: 'Imprecision',
  publicationBias: 'Publication bias',
};

/** A footnote explaining one rating down. */
export interface Footnote {
  mark: string;
  text: string;
}

/** Everything one Summary-of-Findings row shows, computed from the profile and the trial records. */
export interface SofRow {
  outcome: ProfileOutcome;
  analysis: OutcomeAnalysis;
  baseline: Baseline;
  absolute: AbsoluteEffectPer1000;
  certaintyLabel: string;
  footnotes: Footnote[];
}

/**
 * The SoF rows of a validated profile, with footnote marks a, b, c… for each
 * domain rated down, numbered across the table in row order.
 */
export function sofRows(profile: Profile, trials: Map<string, TrialRecord>): SofRow[] {
  let n = 0;
  return profile.outcomes.map((outcome) => {
    const analysis = analyseOutcome(outcome, trials);
    const baseline = baselineOf(outcome, analysis);
    if ('problem' in baseline) throw new Error(baseline.problem); // validation already reported it
    const footnotes = GRADE_DOMAINS.filter((d) => outcome.grade[d].rating !== 'not serious').map((d) => ({
      mark: String.fromCharCode(97 + n++),
      text: `${DOMAIN_LABELS[d]}, rated down ${outcome.grade[d].rating === 'very serious' ? 'two levels' : 'one level'}: ${outcome.grade[d].reason}`,
    }));
    return { outcome, analysis, baseline, absolute: absoluteOf(outcome, analysis, baseline), certaintyLabel: CERTAINTY_LABELS[outcome.grade.certainty], footnotes };
  });
}

/** Rounded to whole people, as SoF tables show them (−0 shown as 0). */
export function per1000(value: number): number {
  return Math.round(value) || 0;
}

/** "12 fewer (5 fewer to 20 fewer)" or "3 more (1 fewer to 8 more)", per 1000. */
export function describeDifference(absolute: AbsoluteEffectPer1000): string {
  const word = (v: number) => {
    const r = per1000(v);
    return r === 0 ? '0' : r < 0 ? `${-r} fewer` : `${r} more`;
  };
  return `${word(absolute.difference)} (${word(absolute.differenceCi[0])} to ${word(absolute.differenceCi[1])})`;
}
