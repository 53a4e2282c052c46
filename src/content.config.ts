import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './lib/content-dir';
import { articleSchema } from './lib/content/article-schema';
import { glossarySchema } from './lib/content/glossary-schema';
import { topicSchema } from './lib/content/topic-schema';
import { trialSchema } from './lib/trials/schema';

/**
 * Authors' content lives in /content, outside src/ (or STRATA_CONTENT_DIR, see lib/content-dir.ts):
 * - articles/<topic>/<level>.mdx — one file per topic per reading depth
 * - topics/<topic>.yaml           — the topic's landing-page introduction
 * - trials/<id>.yaml              — typed trial records
 * - glossary/<id>.yaml            — plain-language definitions used by <Term>
 */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/{fundamentals,intermediate,academic}.mdx', base: path.join(contentDir(), 'articles') }),
    schema: articleSchema,
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.yaml', base: path.join(contentDir(), 'topics') }),
    schema: topicSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: path.join(contentDir(), 'glossary') }),
    schema: glossarySchema,
  }),
  trials: defineCollection({
    loader: glob({ pattern: '*.yaml', base: path.join(contentDir(), 'trials') }),
    schema: trialSchema,
  }),
};
