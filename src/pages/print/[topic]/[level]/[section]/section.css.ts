import type { APIRoute } from 'astro';
import { allArticleSections } from '../../../../../lib/content/article-sections';
import { sectionOnlyCss } from '../../../../../lib/print/section-only-css';

/** `/print/<topic>/<level>/<section>/section.css`: shows only that section in its print view. */
export async function getStaticPaths() {
  return (await allArticleSections()).map((s) => ({ params: { topic: s.topic, level: s.level, section: s.id } }));
}

export const GET: APIRoute = ({ params }) => new Response(sectionOnlyCss(params.section!), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
