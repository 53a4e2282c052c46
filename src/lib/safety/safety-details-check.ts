import type { ContentProblem } from '../content-error';
import { LEVELS } from '../content/levels';
import type { ParseRecord } from '../markdown/parse-record';
import { didYouMean } from '../nearest';
import type { SafetyRecord } from './load-safety';
import { splitDetails } from './schema';

/** Each article topic's section ids, per depth, from the parse records (start pages left out). */
function sectionsByTopic(records: readonly ParseRecord[]): Map<string, Map<string, Set<string>>> {
  const topics = new Map<string, Map<string, Set<string>>>();
  for (const record of records) {
    if (!record.topic || record.topic.startsWith('start/') || !record.level) continue;
    const levels = topics.get(record.topic) ?? new Map<string, Set<string>>();
    levels.set(record.level, new Set(record.sections.map((section) => section.id)));
    topics.set(record.topic, levels);
  }
  return topics;
}

/**
 * A safety record's `details` (`<topic>#<section-id>`) names an article topic
 * and a section that topic has at every depth it is written at, since the
 * safety line links there at the reader's own depth. Reads the parse
 * records' sections; problems name the safety file and the line of `details`.
 */
export function safetyDetailsProblems(safety: ReadonlyMap<string, SafetyRecord>, records: readonly ParseRecord[]): ContentProblem[] {
  const topics = sectionsByTopic(records);
  const problems: ContentProblem[] = [];
  for (const record of safety.values()) {
    if (!record.details) continue;
    const { topic, id } = splitDetails(record.details);
    const at = { file: record.file, line: record.detailsLine, field: 'details' };
    const levels = topics.get(topic);
    if (!levels) {
      problems.push({ ...at, message: `\`details\` names topic \`${topic}\`, which has no articles (content/articles/${topic}/).`, hint: `${didYouMean(topic, [...topics.keys()])} Name the topic whose pages hold ${record.drug}'s full safety content.` });
      continue;
    }
    const missing = LEVELS.filter((level) => levels.has(level) && !levels.get(level)!.has(id));
    if (missing.length === 0) continue;
    const depths = [...levels.values()];
    const everywhere = [...depths[0]!].filter((candidate) => depths.every((ids) => ids.has(candidate)));
    // A subsection's id often extends its parent's (`serm-pharmacology` under `serms`): suggest that parent first.
    const head = id.split('-')[0]!;
    const related = everywhere.filter((candidate) => candidate.startsWith(head) || id.startsWith(candidate));
    problems.push({
      ...at,
      message: `\`details\` names section \`#${id}\`, which ${topic} lacks at ${missing.join(' and ')} depth.`,
      hint: `${related.length > 0 ? `Did you mean ${related.map((r) => `\`${r}\``).join(', ')}?` : didYouMean(id, everywhere)} The safety line links to this section at the reader's depth, so name a section the topic has at every depth.`,
    });
  }
  return problems;
}
