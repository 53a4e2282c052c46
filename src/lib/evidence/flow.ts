import type { Profile } from './schema';

/** The flow of studies through a profile, counted from its per-study records (never typed in). */
export interface StudyFlow {
  considered: number;
  included: number;
  excluded: number;
  awaiting: number;
  /** Studies found per search source id (a study found in two sources counts in both). */
  bySource: Record<string, number>;
}

/** Counts the `considered` records by status and by where they were found. */
export function studyFlow(considered: Profile['considered']): StudyFlow {
  const bySource: Record<string, number> = {};
  for (const study of considered) for (const id of study.foundIn) bySource[id] = (bySource[id] ?? 0) + 1;
  const count = (status: Profile['considered'][number]['status']) => considered.filter((s) => s.status === status).length;
  return { considered: considered.length, included: count('included'), excluded: count('excluded'), awaiting: count('awaiting assessment'), bySource };
}
