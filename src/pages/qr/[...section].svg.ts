import type { APIRoute } from 'astro';
import { allArticleSections } from '../../lib/content/article-sections';
import { topicRecord } from '../../lib/content/articles';
import type { Level } from '../../lib/content/levels';
import { sectionShortPath } from '../../lib/links/short-links';
import { qrSvg } from '../../lib/links/qr-svg';
import { cacheKeys } from '../../lib/build/cache-keys';

/**
 * `/qr/<topic>/<level>/<section>.svg`: a QR code of the section's
 * depth-specific short link (`/s/<code>/<f|i|a>/<section>/` on the site's
 * origin), which lands on the same depth and section.
 */
export async function getStaticPaths() {
  const keys = cacheKeys();
  const paths = [];
  for (const s of await allArticleSections()) {
    const { code } = (await topicRecord(s.topic)).data;
    paths.push({ params: { section: `${s.topic}/${s.level}/${s.id}` }, props: { ...s, code }, cacheKey: keys.topic(s.topic) });
  }
  return paths;
}

export const GET: APIRoute = async ({ props, site }) => {
  const { code, level, id } = props as { code: string; level: Level; id: string };
  const svg = await qrSvg(new URL(sectionShortPath(code, level, id), site).href);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
