import type { ContentProblem } from '../content-error';
import { LEVELS, LEVEL_LABELS, type Level } from '../content/levels';
import type { ParseRecord } from '../markdown/parse-record';
import { didYouMean } from '../nearest';
import type { DeclaredDepthGap } from './load-depth-gaps';

/** A section id a topic has at some of its depths and not at others. */
export interface DepthGapFound {
  topic: string;
  id: string;
  present: Level[];
  missing: Level[];
  /** Where the section is first written, for messages. */
  file: string;
  line: number;
}

const names = (levels: readonly string[]) => levels.map((l) => LEVEL_LABELS[l as Level] ?? l).join(' and ');

/** Section ids of each topic at each of its depths, from the parse records. */
export function sectionsByTopic(records: readonly ParseRecord[]): Map<string, Map<Level, ParseRecord>> {
  const topics = new Map<string, Map<Level, ParseRecord>>();
  for (const record of records) {
    if (!record.topic || !LEVELS.includes(record.level as Level)) continue;
    const levels = topics.get(record.topic) ?? new Map<Level, ParseRecord>();
    levels.set(record.level as Level, record);
    topics.set(record.topic, levels);
  }
  return topics;
}

/** Every section id present at some depths of a topic but not at all of the topic's depths. */
export function findDepthGaps(records: readonly ParseRecord[]): DepthGapFound[] {
  const gaps: DepthGapFound[] = [];
  for (const [topic, byLevel] of sectionsByTopic(records)) {
    const levels = LEVELS.filter((level) => byLevel.has(level));
    const seen = new Map<string, { present: Level[]; file: string; line: number }>();
    for (const level of levels) {
      const record = byLevel.get(level)!;
      for (const section of record.sections) {
        const entry = seen.get(section.id) ?? { present: [], file: record.file, line: section.line };
        if (!entry.present.includes(level)) entry.present.push(level);
        seen.set(section.id, entry);
      }
    }
    for (const [id, entry] of seen) {
      const missing = levels.filter((level) => !entry.present.includes(level));
      if (missing.length > 0) gaps.push({ topic, id, ...entry, missing });
    }
  }
  return gaps;
}

/**
 * Compares the gaps the records show with content/depth-gaps.yaml: every gap
 * must be declared with a `goTo` section for each missing depth (and only for
 * those), each `goTo` must exist at its depth, and no declaration may be stale.
 */
export function depthGapProblems(records: readonly ParseRecord[], declared: readonly DeclaredDepthGap[], gapsFile = 'content/depth-gaps.yaml'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topics = sectionsByTopic(records);
  const found = new Map(findDepthGaps(records).map((gap) => [`${gap.topic}#${gap.id}`, gap]));
  const declaredByKey = new Map<string, DeclaredDepthGap>();
  for (const gap of declared) {
    const key = `${gap.topic}#${gap.id}`;
    const where = { file: gap.file, line: gap.line };
    if (declaredByKey.has(key)) {
      problems.push({ ...where, message: `The gap \`${gap.id}\` of topic \`${gap.topic}\` is declared twice.`, hint: 'Keep one declaration.' });
      continue;
    }
    declaredByKey.set(key, gap);
    const actual = found.get(key);
    if (!actual) {
      const known = topics.has(gap.topic);
      problems.push({
        ...where,
        message: known
          ? `Topic \`${gap.topic}\` has section \`#${gap.id}\` at every depth or at none, so there is no gap to declare.`
          : `No topic \`${gap.topic}\` in content/articles/.`,
        hint: known ? 'Remove this declaration.' : didYouMean(gap.topic, topics.keys()),
      });
      continue;
    }
    for (const level of actual.missing) {
      const target = gap.goTo[level];
      if (!target) {
        problems.push({ ...where, field: `goTo.${level}`, message: `The gap \`${gap.topic}#${gap.id}\` names no section to land on at ${LEVEL_LABELS[level]}, which lacks it.`, hint: `Add \`${level}: <section id>\` under \`goTo\`.` });
        continue;
      }
      const ids = topics.get(gap.topic)!.get(level)!.sections.map((s) => s.id);
      if (!ids.includes(target)) {
        problems.push({
          file: gap.file,
          line: gap.goToLines[level] ?? gap.line,
          field: `goTo.${level}`,
          message: `The ${LEVEL_LABELS[level]} page of \`${gap.topic}\` has no section \`#${target}\`.`,
          hint: didYouMean(target, ids),
        });
      }
    }
    for (const level of Object.keys(gap.goTo) as Level[]) {
      if (actual.present.includes(level)) {
        problems.push({ file: gap.file, line: gap.goToLines[level] ?? gap.line, field: `goTo.${level}`, message: `\`${gap.topic}#${gap.id}\` exists at ${LEVEL_LABELS[level]}, so there is nothing to go to instead.`, hint: `Remove \`goTo.${level}\`.` });
      }
    }
  }
  for (const gap of found.values()) {
    if (declaredByKey.has(`${gap.topic}#${gap.id}`)) continue;
    const goTo = gap.missing.map((level) => `${level}: <section id>`).join(', ');
    problems.push({
      file: gap.file,
      line: gap.line,
      message: `Section \`#${gap.id}\` of topic \`${gap.topic}\` exists at ${names(gap.present)} but not at ${names(gap.missing)}; a reader switching depth there would land at the top of the page.`,
      hint: `Add a \`[#${gap.id}]\` section to the ${names(gap.missing)} page${gap.missing.length > 1 ? 's' : ''}, or declare the gap in ${gapsFile}: \`- { topic: ${gap.topic}, id: ${gap.id}, reason: <why>, goTo: { ${goTo} } }\`.`,
    });
  }
  return problems;
}
