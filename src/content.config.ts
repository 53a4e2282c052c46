import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/content/article-schema';
import { glossarySchema } from './lib/content/glossary-schema';
import { topicSchema } from './lib/content/topic-schema';
import { trialSchema } from './lib/trials/schema';

/**
 * Authors' content lives in /content, outside src/:
 * - articles/<topic>/<level>.mdx — one file per topic per reading depth
 * - topics/<topic>.yaml           — the topic's landing-page introduction
 * - trials/<id>.yaml              — typed trial records
 * - glossary/<id>.yaml            — plain-language definitions used by <Term>
 */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/{fundamentals,intermediate,academic}.mdx', base: './content/articles' }),
    schema: articleSchema,
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/topics' }),
    schema: topicSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
    schema: glossarySchema,
  }),
  trials: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/trials' }),
    schema: trialSchema,
  }),
};
