/**
 * The hand-off of a section's print view: which questions and "What you can
 * do now" steps it carries (src/lib/content/hand-off.ts), and what the parse
 * record holds for them (the page's `#questions` list, the frontmatter keys).
 */
import { describe, expect, test } from 'vitest';
import { handOffLists, type HandOffSource } from '../../src/lib/content/hand-off';
import { sectionQuestionProblems } from '../../src/lib/content/section-questions';
import { parseRecordsOf } from '../helpers/pipeline';

const fundamentals: HandOffSource = {
  data: { questions: { 'whi-fractures': ['Plain question about the trials?'] }, nextSteps: ['Bring your scan report.'] },
  meta: { pageQuestions: ['Plain page question?'] },
};
const academic: HandOffSource = {
  data: { questions: { 'ultra-low-dose': ['Academic question?'] }, nextSteps: [] },
  meta: { pageQuestions: [] },
};

describe('handOffLists', () => {
  test("a section's own questions come first", () => {
    const { questions, nextSteps } = handOffLists({ level: 'fundamentals', sectionId: 'whi-fractures', page: fundamentals, fundamentals });
    expect(questions).toEqual({ list: ['Plain question about the trials?'] });
    expect(nextSteps).toEqual({ list: ['Bring your scan report.'] });
  });

  test("a section without questions falls back to the page's list", () => {
    const { questions } = handOffLists({ level: 'fundamentals', sectionId: 'access', page: fundamentals, fundamentals });
    expect(questions.list).toEqual(['Plain page question?']);
    expect(questions.note).toMatch(/this page/);
  });

  test('deeper pages take the Fundamentals questions of the same section (not its general list), and no steps', () => {
    const own = handOffLists({ level: 'academic', sectionId: 'ultra-low-dose', page: academic, fundamentals });
    expect(own.questions).toEqual({ list: ['Academic question?'] });
    const same = handOffLists({ level: 'academic', sectionId: 'whi-fractures', page: academic, fundamentals });
    expect(same.questions.list).toEqual(['Plain question about the trials?']);
    expect(same.questions.note).toMatch(/Fundamentals/);
    const fallback = handOffLists({ level: 'academic', sectionId: 'mechanism', page: academic, fundamentals });
    expect(fallback.questions.list).toEqual([]);
    expect(fallback.nextSteps).toEqual({ list: [] });
  });

  test('the print view of the questions section repeats no questions', () => {
    expect(handOffLists({ level: 'fundamentals', sectionId: 'questions', page: fundamentals, fundamentals }).questions.list).toEqual([]);
  });

  test('a topic without a Fundamentals page has no steps', () => {
    expect(handOffLists({ level: 'academic', sectionId: 'x', page: academic }).nextSteps.list).toEqual([]);
  });
});

describe('parse record and check', () => {
  test("records the page's #questions list and the frontmatter's questions keys and steps", async () => {
    const [record] = await parseRecordsOf('content/articles/hormone-therapy-prevention/fundamentals.mdx');
    expect(record!.pageQuestions.length).toBeGreaterThanOrEqual(3);
    expect(record!.pageQuestions[0]).toMatch(/\?$/);
    expect(record!.questionKeys).toContain('whi-fractures');
    expect(record!.nextSteps.length).toBeGreaterThanOrEqual(3);
    // Every key names a section of the page, so the real content passes the check.
    expect(sectionQuestionProblems([record!])).toEqual([]);
  }, 60_000);

  test('the most handed-out Fundamentals sections have their own questions', async () => {
    const records = await parseRecordsOf('content/articles/hormone-therapy-prevention/fundamentals.mdx', 'content/articles/estrogen-dose/fundamentals.mdx');
    expect(records[0]!.questionKeys).toEqual(expect.arrayContaining(['whi-fractures', 'absolute-risk', 'after-stopping', 'guidelines']));
    expect(records[1]!.questionKeys).toEqual(expect.arrayContaining(['dose-response', 'ultra-low-dose', 'oral-vs-transdermal']));
    for (const record of records) expect(record.nextSteps.length).toBeGreaterThan(0);
  }, 60_000);

  test('nextSteps on a deeper page is an error naming the field and where the steps belong', () => {
    const problems = sectionQuestionProblems([
      { file: 'content/articles/x/academic.mdx', topic: 'x', level: 'academic', citations: [], components: [], certainty: [], sections: [], math: [], prose: '', pageQuestions: [], questionKeys: [], nextSteps: ['Step.'], claims: [] },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('nextSteps');
    expect(problems[0]!.hint).toContain('content/articles/x/fundamentals.mdx');
  });
});
