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
 * page; the page's own `#questions` list. Intermediate and Academic pages
 * have no such list, and their print views do not borrow the Fundamentals
 * one: their sections are long, and a general list would push them past two
 * printed pages. The print view of the `#questions` section itself repeats none. Steps: the
 * Fundamentals page's `nextSteps`, on Fundamentals print views only (the
 * patient's hand-off); Intermediate and Academic print views omit them, for
 * the same two-page reason.
 */
export function handOffLists(input: { level: Level; sectionId: string; page: HandOffSource; fundamentals?: HandOffSource }): { questions: HandOffList; nextSteps: HandOffList } {
  const { level, sectionId, page, fundamentals } = input;
  const plain = level === 'fundamentals' ? undefined : fundamentals;
  const candidates: HandOffList[] = [
    { list: page.data.questions[sectionId] ?? [] },
    { list: plain?.data.questions[sectionId] ?? [], note: FROM_FUNDAMENTALS },
    { list: page.meta.pageQuestions, note: 'General questions from this page.' },
  ];
  const questions = sectionId === PAGE_QUESTIONS_ID ? { list: [] } : (candidates.find((c) => c.list.length > 0) ?? { list: [] });
  return { questions, nextSteps: { list: level === 'fundamentals' ? page.data.nextSteps : [] } };
}
