import { PAGE_QUESTIONS_ID } from '../markdown/remark-parse-record';
import type { Level } from './levels';

/** What the hand-off needs of an article: its frontmatter lists and the page's `#questions` list from the parse. */
export interface HandOffSource {
  data: { questions: Record<string, string[]>; nextSteps: string[] };
  meta: { pageQuestions: string[] };
}

/** A list for a print view, with a note when it was taken from elsewhere than the section itself. */
export interface HandOffList {
  list: string[];
  note?: string;
}

const FROM_FUNDAMENTALS = 'From the plain-language (Fundamentals) page of this topic.';

/**
 * The questions and "What you can do now" steps a section's print view
 * carries. Questions, first found wins: the section's own (`questions.<id>`
 * in the page's frontmatter); the same section's on the topic's Fundamentals
 * page; the page's own `#questions` list; the Fundamentals page's list. The
 * print view of the `#questions` section itself repeats none. Steps: always
 * the Fundamentals page's `nextSteps` (Intermediate and Academic pages have
 * none of their own; the steps are the same for every reader of the topic).
 */
export function handOffLists(input: { level: Level; sectionId: string; page: HandOffSource; fundamentals?: HandOffSource }): { questions: HandOffList; nextSteps: HandOffList } {
  const { level, sectionId, page, fundamentals } = input;
  const plain = level === 'fundamentals' ? undefined : fundamentals;
  const candidates: HandOffList[] = [
    { list: page.data.questions[sectionId] ?? [] },
    { list: plain?.data.questions[sectionId] ?? [], note: FROM_FUNDAMENTALS },
    { list: page.meta.pageQuestions, note: 'General questions from this page.' },
    { list: plain?.meta.pageQuestions ?? [], note: `General questions. ${FROM_FUNDAMENTALS}` },
  ];
  const questions = sectionId === PAGE_QUESTIONS_ID ? { list: [] } : (candidates.find((c) => c.list.length > 0) ?? { list: [] });
  const steps = (level === 'fundamentals' ? page : fundamentals)?.data.nextSteps ?? [];
  return { questions, nextSteps: steps.length > 0 && level !== 'fundamentals' ? { list: steps, note: FROM_FUNDAMENTALS } : { list: steps } };
}
