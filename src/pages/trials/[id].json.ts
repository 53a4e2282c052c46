import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheKeys } from '../../lib/build/cache-keys';

export const getStaticPaths = (async () => {
  const trials = await getCollection('trials');
  const { site } = cacheKeys();
  return trials.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: site }));
}) satisfies GetStaticPaths;

/** The trial record as JSON, for reuse and audit: `/trials/<id>.json`. */
export const GET: APIRoute = ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(JSON.stringify({ id: entry.id, ...entry.data }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
