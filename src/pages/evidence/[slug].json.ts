import type { APIRoute, GetStaticPaths } from 'astro';
import { isProfile } from '../../lib/evidence/load-evidence';
import { profileJson } from '../../lib/evidence/profile-data';
import { loadSiteData } from '../../lib/site-data';
import { cacheKeys } from '../../lib/build/cache-keys';

export const getStaticPaths = (async () => {
  const { site } = cacheKeys();
  return [...loadSiteData().evidence.values()].filter(isProfile).map((profile) => ({ params: { slug: profile.slug }, props: { slug: profile.slug }, cacheKey: site }));
}) satisfies GetStaticPaths;

/** The profile's analysis data and study records as JSON: `/evidence/<slug>.json`. */
export const GET: APIRoute = ({ props }) => {
  const { evidence, trials } = loadSiteData();
  const profile = evidence.get((props as { slug: string }).slug)!;
  if (!isProfile(profile)) throw new Error('Only profiles have a JSON download.');
  return new Response(JSON.stringify(profileJson(profile, trials), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
