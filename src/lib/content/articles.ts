import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { CitationSite } from '../markdown/remark-citations';
import type { SectionEntry } from '../markdown/remark-section-ids';
import { LEVELS, parseArticleId, type Level } from './levels';

/** What the citation and section plugins computed for a page. */
export interface ArticleMeta {
  sections: SectionEntry[];
  citations: string[];
  /** Citation keys per section id (an h2 includes its h3s). */
  sectionCitations: Record<string, string[]>;
  /** Each key's prose citations (marker id and section title), for the reference list's back-links. */
  citationSites: Record<string, CitationSite[]>;
  /** Claim ids per section id (an h2 includes its h3s). */
  sectionClaims: Record<string, string[]>;
  hasMath: boolean;
  /** Every formula on the page (for KaTeX font subsets). */
  math: Array<{ tex: string; display: boolean }>;
  /** Words of reading prose (for the reading-time estimate). */
  words: number;
  /** The page's own list of questions for a clinician (its `#questions` section), as plain text. */
  pageQuestions: string[];
}

/** Renders an article and returns its component with the plugin-computed metadata. */
export async function renderArticle(entry: CollectionEntry<'articles'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const meta: ArticleMeta = {
    sections: (remarkPluginFrontmatter.sections ?? []) as SectionEntry[],
    citations: (remarkPluginFrontmatter.citations ?? []) as string[],
    sectionCitations: (remarkPluginFrontmatter.sectionCitations ?? {}) as Record<string, string[]>,
    citationSites: (remarkPluginFrontmatter.citationSites ?? {}) as Record<string, CitationSite[]>,
    sectionClaims: (remarkPluginFrontmatter.sectionClaims ?? {}) as Record<string, string[]>,
    hasMath: Boolean(remarkPluginFrontmatter.hasMath),
    math: (remarkPluginFrontmatter.math ?? []) as ArticleMeta['math'],
    words: Number(remarkPluginFrontmatter.words ?? 0),
    pageQuestions: (remarkPluginFrontmatter.pageQuestions ?? []) as string[],
  };
  return { Content, meta };
}

/** All articles of one topic, keyed by level. */
export async function articlesOfTopic(topic: string): Promise<Partial<Record<Level, CollectionEntry<'articles'>>>> {
  const out: Partial<Record<Level, CollectionEntry<'articles'>>> = {};
  for (const entry of await getCollection('articles')) {
    const id = parseArticleId(entry.id);
    if (id.topic === topic) out[id.level] = entry;
  }
  return out;
}

/** The topic record for an article folder; a missing one is a content error. */
export async function topicRecord(topic: string) {
  const entry = await getEntry('topics', topic);
  if (!entry) {
    throw new Error(`content/articles/${topic}/ has no topic record: add content/topics/${topic}.yaml with title, intro, order and code.`);
  }
  return entry;
}

/** Section ids present at each level of a topic (for the level switcher). */
export async function sectionIdsByLevel(topic: string): Promise<Partial<Record<Level, string[]>>> {
  const articles = await articlesOfTopic(topic);
  const out: Partial<Record<Level, string[]>> = {};
  for (const level of LEVELS) {
    const entry = articles[level];
    if (entry) out[level] = (await renderArticle(entry)).meta.sections.map((s) => s.id);
  }
  return out;
}
