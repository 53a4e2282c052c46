import type { TrialRecord } from '../trials/load-trials';
import { sofRows, per1000 } from './sof-rows';
import { studyFlow } from './flow';
import type { ProfileRecord } from './load-evidence';

/** Every reference a profile page cites, in page order: syntheses, studies considered, trials pooled, published checks. */
export function profileCitations(profile: ProfileRecord, trials: Map<string, TrialRecord>): string[] {
  const keys: string[] = [];
  const add = (key: string | undefined) => key && !keys.includes(key) && keys.push(key);
  for (const outcome of profile.outcomes) {
    for (const study of outcome.studies) add(trials.get(study.trial)?.citation);
    add(outcome.check?.citation);
  }
  for (const s of profile.search.syntheses) add(s.citation);
  for (const s of profile.considered) add(s.citation ?? (s.trial ? trials.get(s.trial)?.citation : undefined));
  return keys;
}

/**
 * The `/evidence/<slug>.json` download: the profile as authored, the derived
 * flow, each outcome's analysis (studies with their numbers and sources,
 * every pooled estimate, the SoF row) and the trial records it pools.
 */
export function profileJson(profile: ProfileRecord, trials: Map<string, TrialRecord>): object {
  const rows = sofRows(profile, trials);
  const used = new Set(profile.outcomes.flatMap((o) => o.studies.map((s) => s.trial)));
  return {
    slug: profile.slug,
    profile,
    flow: studyFlow(profile.considered),
    analyses: rows.map((row) => ({
      outcome: row.outcome.id,
      measure: row.outcome.measure,
      studies: row.analysis.studies.map((s) => ({ trial: s.trial.id, label: s.label, estimate: s.estimate, ci: s.ci, participants: s.participants, source: s.trial.source, locator: s.outcome.locator })),
      pooled: row.analysis.pooled.map((p) => ({ method: p.method, estimate: p.estimate, ci: [p.lower, p.upper], tau2: p.tau2, i2: p.i2, q: p.q })),
      leaveOneOut: row.analysis.leaveOneOut,
      egger: row.analysis.egger ?? null,
      summaryOfFindings: {
        participants: row.analysis.participants,
        studies: row.analysis.studies.length,
        certainty: row.outcome.grade.certainty,
        relative: { method: row.analysis.main.label, estimate: row.analysis.main.estimate, ci: [row.analysis.main.lower, row.analysis.main.upper] },
        per1000: {
          years: row.baseline.years,
          baselineSource: row.baseline.source,
          without: per1000(row.absolute.riskWithout),
          with: per1000(row.absolute.riskWith),
          difference: per1000(row.absolute.difference),
          differenceCi: row.absolute.differenceCi.map(per1000),
        },
        statement: row.outcome.grade.summary,
      },
    })),
    trials: [...used].map((id) => trials.get(id)),
  };
}
