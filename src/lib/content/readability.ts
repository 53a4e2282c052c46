import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { LEVELS, type Level } from './levels';

/** Prose of an MDX article: no frontmatter, code, components, citations, math, ids, tables or list markers. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, 'x')
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Z][^>]*>/g, '')
    .replace(/\[#[^\]]*\]/g, '')
    .replace(/\[@[^\]]*\]/g, '')
    .replace(/^\|.*\|$/gm, ' ')
    .replace(/^#+\s*/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/[*_`]/g, '');
}

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

/** Grade and word count of the prose of every article page (topic × depth) under content/articles/. */
export function readabilityReport(root: string): ReadabilityRow[] {
  const articles = path.join(root, 'content', 'articles');
  if (!existsSync(articles)) return [];
  const rows: ReadabilityRow[] = [];
  for (const topic of readdirSync(articles, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const level of LEVELS) {
      const file = path.join(articles, topic, `${level}.mdx`);
      if (!existsSync(file)) continue;
      const prose = proseOf(readFileSync(file, 'utf8'));
      const grade = fleschKincaidGrade(prose);
      const limit = GRADE_LIMITS[level];
      rows.push({ topic, level, file: `content/articles/${topic}/${level}.mdx`, grade, words: wordCount(prose), limit, ok: limit === undefined || grade <= limit });
    }
  }
  return rows;
}
