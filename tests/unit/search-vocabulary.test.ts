/**
 * Search vocabulary help (issue 15): the reader's words are searched together
 * with the site's words for the same thing, and a misspelt search that finds
 * nothing is offered the nearest known word.
 */
import { describe, expect, test } from 'vitest';
import { queryVariants, suggestQuery } from '../../src/components/search/expand-query';
import { loadSearchVocabulary } from '../../src/lib/search/vocabulary';
import { ROOT } from '../helpers/pipeline';

const vocabulary = loadSearchVocabulary(ROOT);

describe('queryVariants', () => {
  test('a reader\'s word is also searched as the site\'s words for it', () => {
    const variants = queryVariants('clots', vocabulary.groups, 20);
    // The site's own words first, then the reader's.
    expect(variants.slice(0, 2)).toEqual(['venous thromboembolism', 'clots']);
    expect(variants).toContain('blood clots');
  });

  test('UK and US spellings, and a phrase inside a longer query', () => {
    expect(queryVariants('hot flushes at night', vocabulary.groups, 20)).toContain('hot flashes at night');
    expect(queryVariants('oestrogen dose', vocabulary.groups, 20)).toContain('estrogen dose');
  });

  test('"T score" without a hyphen is searched as T-score; the longest phrase of a group wins', () => {
    const variants = queryVariants('T score meaning', vocabulary.groups, 20);
    expect(variants[0]).toBe('t-score meaning');
    // "blood clot" is replaced whole, not just "clot" inside it.
    expect(queryVariants('blood clot risk', vocabulary.groups, 20)).toContain('venous thromboembolism risk');
    expect(queryVariants('blood clot risk', vocabulary.groups, 20)).not.toContain('blood venous thromboembolism risk');
  });

  test('only whole words match, and the number of searches is capped', () => {
    expect(queryVariants('photo', [['ht', 'hormone therapy']])).toEqual(['photo']);
    expect(queryVariants('clots', vocabulary.groups)).toHaveLength(6);
    expect(queryVariants('rankl', vocabulary.groups)).toEqual(['rankl']);
    // A query already in the site's words is searched as written first.
    expect(queryVariants('estrogen', vocabulary.groups)).toEqual(['estrogen', 'oestrogen']);
  });
});

describe('suggestQuery', () => {
  const known = [...vocabulary.suggest, 't-score'];
  test('a misspelling gets the nearest known word', () => {
    expect(suggestQuery('osteopinia', known)).toBe('osteopenia');
    expect(suggestQuery('estrogne dose', known)).toBe('estrogen dose');
  });
  test('no suggestion for a known word, a far-off word or a short one', () => {
    expect(suggestQuery('osteopenia', known)).toBeUndefined();
    expect(suggestQuery('bicycle', known)).toBeUndefined();
    expect(suggestQuery('ht', known)).toBeUndefined();
  });
});

test('the vocabulary file is valid and each group has distinct words', () => {
  expect(vocabulary.groups.length).toBeGreaterThan(5);
  for (const group of vocabulary.groups) expect(new Set(group.map((w) => w.toLowerCase())).size).toBe(group.length);
});
