import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './lib/content-dir';
import { articleSchema } from './lib/content/article-schema';
import { glossarySchema } from './lib/content/glossary-schema';
import { startSchema } from './lib/content/start-schema';
import { topicSchema } from './lib/content/topic-schema';

/**
 * Authors' content lives in /content, outside src/ (or STRATA_CONTENT_DIR, see lib/content-dir.ts):
 * - articles/<topic>/<level>.mdx — one file per topic per reading depth
 * - topics/<topic>.yaml           — the topic's landing-page introduction
 * - glossary/<id>.yaml            — plain-language definitions used by <Term>
 * - start/<slug>.mdx              — start pages: a reader's question answered at Fundamentals depth (/start/<slug>/)
 *
 * Trial records (trials/<id>.yaml) are not a collection: they have one
 * source, `loadSiteData().trials` (src/lib/site-data.ts), which validates
 * them in full (schema, citations, arithmetic) before anything renders.
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
  start: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(contentDir(), 'start') }),
    schema: startSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: path.join(contentDir(), 'glossary') }),
    schema: glossarySchema,
  }),
};
