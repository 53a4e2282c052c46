import type { ContentProblem } from '../content-error';
import type { ParseRecord } from '../markdown/parse-record';
import type { SiteData } from '../site-data';
import { checkClaims, unknownClaimTrialProblems } from '../claims/claim-checks';
import { depthGapProblems } from '../depth/depth-gap-check';
import { safetyDetailsProblems } from '../safety/safety-details-check';
import { safetyLineProblems } from '../safety/safety-line-check';
import { checkCertaintyLabels } from './certainty-check';
import { referenceCoverageProblems } from './reference-coverage';
import { sectionQuestionProblems } from './section-questions';

/** What a check gets besides the records: the project root and the validated bibliography, trials and evidence. */
export interface CheckContext {
  root: string;
  data: SiteData;
}

/** A content check: reads the parse records of every article and returns problems (file, line, message, fix). */
export type ArticleCheck = (records: readonly ParseRecord[], context: CheckContext) => ContentProblem[];

/**
 * The checks that read the parse records, run once per build over every
 * article after the build's one compile of each file (see
 * src/lib/content/parse-record-checks.ts). A new check is a function added here; see
 * "Checks read the parse record" in content/README.md.
 */
export const ARTICLE_CHECKS: Record<string, ArticleCheck> = {
  // Every references.bib entry is cited somewhere or listed as further reading.
  referenceCoverage: (records, { root, data }) => referenceCoverageProblems(root, data, records),
  // Intermediate and Academic pages grade their key claims, next to citations.
  certainty: (records, { data }) => checkCertaintyLabels(records, data.claims),
  // Claims cited exist, labels at Intermediate/Academic name their claim, benefits travel with their paired harms,
  // and a hormone-therapy trial's fracture benefit shown by a widget or table travels with that trial's harms.
  claims: (records, { data }) => [...checkClaims(records, data.claims, data.trials), ...unknownClaimTrialProblems(data.claims, data.trials)],
  // A section id at some depths of a topic and not others is filled or declared in content/depth-gaps.yaml.
  depthGaps: (records, { data }) => depthGapProblems(records, data.depthGaps),
  // A page that names a comparator drug carries that drug's <SafetyLine>.
  safetyLines: (records, { data }) => safetyLineProblems(records, new Set(data.safety.keys())),
  // A safety record's `details` names a section its topic has at every depth (the line links there).
  safetyDetails: (records, { data }) => safetyDetailsProblems(data.safety, records),
  // Per-section questions name sections of their page; "What you can do now" lives on Fundamentals pages.
  sectionQuestions: (records) => sectionQuestionProblems(records),
};

/** Runs every check over the records and returns all their problems. */
export function runArticleChecks(records: readonly ParseRecord[], context: CheckContext): ContentProblem[] {
  return Object.values(ARTICLE_CHECKS).flatMap((check) => check(records, context));
}
