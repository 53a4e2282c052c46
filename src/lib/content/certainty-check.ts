import type { ContentProblem } from '../content-error';
import type { ParseRecord } from '../markdown/parse-record';
import { CERTAINTY_LEVELS } from './certainty';
import { LEVELS, type Level } from './levels';

/**
 * Intermediate and Academic pages say how sure we are of their key claims:
 * each has at least one `<Certainty level="…" />`, and every label sits in a
 * paragraph, list item or table row that cites its evidence (`[@key]`, or a
 * component that cites, such as `<TrialTable>`). A label with nothing cited
 * next to it grades a claim the reader cannot check. The one exception is
 * `level="insufficient"` ("No trial evidence"): it says that no study in
 * people exists, so there may be nothing to cite.
 *
 * Reads the parse record (labels with their block and whether it cites); it
 * never reads the MDX itself. Whether `level` is a known level is checked by
 * the Markdown pipeline, src/lib/markdown/component-citations.ts.
 */

/** Depths at which certainty labels are required. */
export const LEVELS_REQUIRING_CERTAINTY: readonly Level[] = ['intermediate', 'academic'];

/** Claim ids → their certainty level, for labels that take their level from a claim record. */
export type ClaimLevels = ReadonlyMap<string, { certainty: { level: string } }>;

/** Problems with the certainty labels of one parsed article, at `level` (default: the article's own depth). */
export function certaintyProblems(record: ParseRecord, level = record.level as Level | undefined, claims?: ClaimLevels): ContentProblem[] {
  if (!level || !LEVELS.includes(level) || !LEVELS_REQUIRING_CERTAINTY.includes(level)) return [];
  const problems: ContentProblem[] = [];
  for (const label of record.certainty) {
    const labelLevel = label.claim !== undefined ? claims?.get(label.claim)?.certainty.level : label.level;
    if (labelLevel === 'insufficient' || label.cites) continue;
    problems.push({
      file: record.file,
      line: label.line,
      message: `${label.source} grades a claim that cites nothing in the same paragraph, list item or table row.`,
      hint: 'Cite the evidence the rating rests on in that paragraph ([@key]), or move the label next to the sentence that cites it.',
    });
  }
  if (record.certainty.length === 0) {
    problems.push({
      file: record.file,
      line: 1,
      message: `This ${level} page marks none of its key claims with a certainty label.`,
      hint: `Add <Certainty level="…" /> after each key claim, next to its citation; levels are ${CERTAINTY_LEVELS.join(', ')} (see /evidence/grading/).`,
    });
  }
  return problems;
}

/** Checks the certainty labels of every parsed article. */
export function checkCertaintyLabels(records: readonly ParseRecord[], claims?: ClaimLevels): ContentProblem[] {
  return records.flatMap((record) => certaintyProblems(record, undefined, claims));
}
