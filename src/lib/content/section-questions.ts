import type { ContentProblem } from '../content-error';
import type { ParseRecord } from '../markdown/parse-record';
import { nearestNames } from '../nearest';

/**
 * The hand-off fields of an article's frontmatter: every key of `questions`
 * names a section (`##`/`###` id) of the same page, so no question is lost
 * when a section is renamed; `nextSteps` ("What you can do now") is written
 * on Fundamentals pages only (the patient's hand-off).
 * Reads the parse record (section ids and the frontmatter keys the plugins saw).
 */
export function sectionQuestionProblems(records: readonly ParseRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const record of records) {
    const ids = record.sections.map((section) => section.id);
    for (const key of record.questionKeys) {
      if (ids.includes(key)) continue;
      const guess = nearestNames(key, ids, 1)[0];
      problems.push({
        file: record.file,
        field: `questions.${key}`,
        message: `\`questions\` names the section \`${key}\`, which this page does not have.`,
        hint: `${guess ? `Did you mean \`${guess}\`? ` : ''}Use the id of a \`##\` or \`###\` heading on this page (its [#id]), or move the questions to the page that has that section.`,
      });
    }
    if (record.level && record.level !== 'fundamentals' && record.nextSteps.length > 0) {
      problems.push({
        file: record.file,
        field: 'nextSteps',
        message: `\`nextSteps\` is written on an ${record.level} page; "What you can do now" belongs to the topic's Fundamentals page.`,
        hint: `Move the steps to content/articles/${record.topic}/fundamentals.mdx.`,
      });
    }
  }
  return problems;
}
