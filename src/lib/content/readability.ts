import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { ParseRecord } from '../markdown/parse-record';
import { LEVELS, type Level } from './levels';

/**
 * Flesch–Kincaid grade level (Kincaid JP et al. 1975, Naval Technical
 * Training Command report 8-75): 0.39·words/sentences + 11.8·syllables/words
 * − 15.59, with sentences split on . ! ? and syllables counted by the
 * `syllable` package. Headings count as sentences.
 *
 * @example fleschKincaidGrade('The cat sat on the mat.') // about −1.4
 */
export function fleschKincaidGrade(text: string): number {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n{2,}|\n(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0 || sentences.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** Words in prose, counted as the grade formula counts them. */
export function wordCount(text: string): number {
  return (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}

/**
 * Highest Flesch–Kincaid grade allowed at each depth: Fundamentals is for
 * the public (US grade 8), Intermediate for nurses, students and informed
 * readers (grade 12, the end of secondary school). Academic has no limit.
 */
export const GRADE_LIMITS: Record<Level, number | undefined> = {
  fundamentals: 8,
  intermediate: 12,
  academic: undefined,
};

export interface ReadabilityRow {
  topic: string;
  level: Level;
  /** Path relative to the project root. */
  file: string;
  grade: number;
  words: number;
  limit: number | undefined;
  /** True when there is no limit or the grade is within it. */
  ok: boolean;
}

/**
 * Grade and word count of the prose of every article page (topic × depth),
 * read from the parse records (`record.prose`: paragraphs, headings and list
 * items; tables, math, code, components and citations left out).
 */
export function readabilityReport(records: readonly ParseRecord[]): ReadabilityRow[] {
  const rows: ReadabilityRow[] = [];
  for (const record of records) {
    if (!record.topic || !record.level) continue;
    const level = record.level as Level;
    const grade = fleschKincaidGrade(record.prose);
    const limit = GRADE_LIMITS[level];
    rows.push({ topic: record.topic, level, file: record.file, grade, words: wordCount(record.prose), limit, ok: limit === undefined || grade <= limit });
  }
  return rows.sort((a, b) => (a.topic === b.topic ? LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) : a.topic < b.topic ? -1 : 1));
}
