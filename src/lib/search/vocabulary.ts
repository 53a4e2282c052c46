import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../content-dir';
import { throwIfProblems } from '../content-error';
import { parseYamlRecord } from '../yaml-record';

/** content/search-vocabulary.yaml: groups of words that mean the same, and words to suggest for misspellings. */
export const vocabularySchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(2)).min(2, 'A group needs at least two words that mean the same.')),
    suggest: z.array(z.string().trim().min(3)).default([]),
  })
  .strict();

export type SearchVocabulary = z.infer<typeof vocabularySchema>;

/**
 * Reads and validates the search vocabulary; a bad file fails the build with
 * file, line and field. A missing file means no vocabulary help.
 */
export function loadSearchVocabulary(root: string = process.cwd()): SearchVocabulary {
  const file = path.join(contentDir(root), 'search-vocabulary.yaml');
  if (!existsSync(file)) return { groups: [], suggest: [] };
  const { data, problems } = parseYamlRecord(readFileSync(file, 'utf8'), path.relative(root, file), vocabularySchema, 'See the comment at the top of content/search-vocabulary.yaml.');
  throwIfProblems(problems);
  return data!;
}
