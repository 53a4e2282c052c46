import { getCollection } from 'astro:content';
import { renderArticle } from './articles';
import { parseArticleId, type Level } from './levels';

/** Every section of every article: topic, level, id and title. */
export async function allArticleSections(): Promise<Array<{ topic: string; level: Level; id: string; title: string }>> {
  const out = [];
  for (const entry of await getCollection('articles')) {
    const { topic, level } = parseArticleId(entry.id);
    for (const section of (await renderArticle(entry)).meta.sections) out.push({ topic, level, id: section.id, title: section.title });
  }
  return out;
}
