/**
 * Fundamentals pages are for patients and the public: US grade 8 or lower by
 * the Flesch–Kincaid grade level (Kincaid et al. 1975), measured on the prose
 * alone (components, citations, math, code and tables removed). Intermediate
 * pages, for nurses, students and informed readers, stay at grade 12 or lower.
 * `npm run report:readability` prints the same numbers for every page. Both
 * read the prose each article's parse recorded (remark-parse-record.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { fleschKincaidGrade, GRADE_LIMITS, readabilityReport, wordCount, type ReadabilityRow } from '../../src/lib/content/readability';
import { articleFiles } from '../../src/lib/markdown/compile-articles';
import { parseRecordsOf, ROOT } from '../helpers/pipeline';

let rows: ReadabilityRow[] = [];
beforeAll(async () => {
  rows = readabilityReport(await parseRecordsOf());
}, 180_000);

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

describe('every article page', () => {
  test('Fundamentals reads at US grade 8 or lower, Intermediate at 12 or lower', () => {
    const fundamentals = rows.filter((row) => row.level === 'fundamentals');
    expect(fundamentals.length).toBeGreaterThanOrEqual(5);
    for (const row of rows.filter((r) => r.limit !== undefined)) {
      expect(row.grade, `${row.file}: Flesch–Kincaid grade ${row.grade.toFixed(1)}; shorten sentences and use shorter words`).toBeLessThanOrEqual(row.limit!);
    }
  });
});

describe('readability report (npm run report:readability)', () => {
  test('has one row per article page, with the limits of each depth', () => {
    expect(rows).toHaveLength(articleFiles(ROOT).length);
    expect(GRADE_LIMITS).toEqual({ fundamentals: 8, intermediate: 12, academic: undefined });
    for (const row of rows) expect(row.limit).toBe(GRADE_LIMITS[row.level]);
  });

  test('agrees with the per-page limits and passes', () => {
    expect(rows.filter((row) => !row.ok).map((row) => row.file)).toEqual([]);
  });

  test('counts prose words only: tables, math, code and citations are left out', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/good/readability.mdx');
    expect(wordCount(record!.prose)).toBe(6);
  }, 60_000);
});
