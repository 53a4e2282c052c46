import type { APIRoute } from 'astro';
import { allArticleSections } from '../../../../../lib/content/article-sections';
import { sectionOnlyCss } from '../../../../../lib/print/section-only-css';
import { cacheKeys } from '../../../../../lib/build/cache-keys';

/** `/print/<topic>/<level>/<section>/section.css`: shows only that section in its print view. */
export async function getStaticPaths() {
  const keys = cacheKeys();
  return (await allArticleSections()).map((s) => ({ params: { topic: s.topic, level: s.level, section: s.id }, cacheKey: keys.topic(s.topic) }));
}

export const GET: APIRoute = ({ params }) => new Response(sectionOnlyCss(params.section!), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
