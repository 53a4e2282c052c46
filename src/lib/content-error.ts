/**
 * One problem found in authored content, located precisely enough that an
 * author can jump to it: file (relative to the project root), line, and
 * optionally the field path inside a data record.
 */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** 1-based line number, when known. */
  line?: number;
  /** Field path inside a data record, e.g. `arms[1].n` or `doi`. */
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Formats one problem as `file:line [field] message` plus an indented hint. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` (field \`${problem.field}\`)` : '';
  const hint = problem.hint ? `\n    Fix: ${problem.hint}` : '';
  return `${where}${field}: ${problem.message}${hint}`;
}

/**
 * Thrown when content fails validation. Carries every problem found, not just
 * the first, so one build run reports everything an author has to fix.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Strata content check found ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError when `problems` is not empty. */
export function throwIfProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
