/**
 * Fundamentals pages are for patients and the public: US grade 8 or lower by
 * the Flesch–Kincaid grade level (Kincaid et al. 1975), measured on the prose
 * alone (components, citations, math, code and tables removed). Intermediate
 * pages, for nurses, students and informed readers, stay at grade 12 or lower.
 * `npm run report:readability` prints the same numbers for every page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fleschKincaidGrade, GRADE_LIMITS, proseOf, readabilityReport, wordCount } from '../../src/lib/content/readability';
import { ROOT } from '../helpers/pipeline';

const articles = path.join(ROOT, 'content', 'articles');
const topics = readdirSync(articles).filter((t) => existsSync(path.join(articles, t, 'fundamentals.mdx')));

describe('Flesch–Kincaid grade', () => {
  test('matches a hand count on a known sentence pair', () => {
    // 2 sentences, 12 words, 15 syllables: 0.39·6 + 11.8·1.25 − 15.59 = 1.5.
    expect(fleschKincaidGrade('The cat sat on the mat. Bones are living tissue in the body.')).toBeCloseTo(0.39 * 6 + 11.8 * (15 / 12) - 15.59, 1);
  });

  test('rates dense academic prose far above plain prose', () => {
    const plain = 'Bone is living tissue. Old bone is removed. New bone takes its place.';
    const dense = 'Osteoclastogenesis is regulated by receptor activator of nuclear factor kappa-B ligand expressed by osteoblastic lineage cells.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(fleschKincaidGrade(plain) + 8);
  });
});

describe.each(topics)('%s/fundamentals.mdx', (topic) => {
  test('reads at US grade 8 or lower', () => {
    const grade = fleschKincaidGrade(proseOf(readFileSync(path.join(articles, topic, 'fundamentals.mdx'), 'utf8')));
    expect(grade, `Flesch–Kincaid grade ${grade.toFixed(1)}; shorten sentences and use shorter words`).toBeLessThanOrEqual(8);
  });
});

describe.each(topics)('%s/intermediate.mdx', (topic) => {
  test('reads at US grade 12 or lower', () => {
    const grade = fleschKincaidGrade(proseOf(readFileSync(path.join(articles, topic, 'intermediate.mdx'), 'utf8')));
    expect(grade, `Flesch–Kincaid grade ${grade.toFixed(1)}; split long sentences and prefer shorter words`).toBeLessThanOrEqual(12);
  });
});

describe('readability report (npm run report:readability)', () => {
  const rows = readabilityReport(ROOT);

  test('has one row per topic and depth, with the limits of each depth', () => {
    expect(rows).toHaveLength(topics.length * 3);
    expect(GRADE_LIMITS).toEqual({ fundamentals: 8, intermediate: 12, academic: undefined });
    for (const row of rows) expect(row.limit).toBe(GRADE_LIMITS[row.level]);
  });

  test('agrees with the per-page tests and passes', () => {
    expect(rows.filter((row) => !row.ok).map((row) => row.file)).toEqual([]);
  });

  test('counts prose words only: tables, math, code and citations are left out', () => {
    const mdx = 'Bone is alive [@a2001b].\n\n| a | table | row |\n\n$$x + y$$\n\n```\ncode words here\n```\n\nNew bone forms.';
    expect(wordCount(proseOf(mdx))).toBe(6);
  });
});
