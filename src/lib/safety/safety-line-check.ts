import type { ContentProblem } from '../content-error';
import type { ParseRecord } from '../markdown/parse-record';
import { DRUG_NAMES } from './schema';

/** Whether `prose` names any of `words` as a whole word (plural allowed). */
function names(prose: string, words: readonly string[]): string | undefined {
  const lower = prose.toLowerCase();
  return words.find((word) => new RegExp(`\\b${word.replace(/ /g, '\\s+')}s?\\b`).test(lower));
}

/**
 * Every article whose prose names a drug of DRUG_NAMES carries that drug's
 * `<SafetyLine drug="…" />` somewhere on the page, so a reader meeting the
 * drug as an option also meets its main safety point. Reads the parse
 * records' prose and components.
 */
export function safetyLineProblems(records: readonly ParseRecord[], known: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const record of records) {
    if (!record.topic) continue;
    const carried = new Set(record.components.filter((c) => c.name === 'SafetyLine').map((c) => c.props.drug?.text));
    for (const [drug, words] of Object.entries(DRUG_NAMES)) {
      const word = names(record.prose, words);
      if (!word || carried.has(drug)) continue;
      problems.push({
        file: record.file,
        line: 1,
        message: `This page names ${word} but carries no safety line for ${drug}.`,
        hint: known.has(drug)
          ? `Add <SafetyLine drug="${drug}" /> after the paragraph that first names it (the line is content/safety/${drug}.yaml).`
          : `Write content/safety/${drug}.yaml (see "Safety lines" in content/README.md), then add <SafetyLine drug="${drug}" /> to this page.`,
      });
    }
  }
  return problems;
}
