import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/site-data';
import { cacheKeys } from '../../lib/build/cache-keys';

export const getStaticPaths = (async () => {
  const { site } = cacheKeys();
  return [...loadSiteData().trials.values()].map((trial) => ({ params: { id: trial.id }, props: { trial }, cacheKey: site }));
}) satisfies GetStaticPaths;

/** The trial record as JSON, for reuse and audit: `/trials/<id>.json`. */
export const GET: APIRoute = ({ props }) => {
  const { trial } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  // The id first, then the record as validated (the same bytes as before trials stopped being a collection).
  const { id, ...record } = trial;
  return new Response(JSON.stringify({ id, ...record }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
