import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Prose of an MDX article: no frontmatter, components, citations, math, ids, tables or list markers. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
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
