import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { allArticleSections } from '../../lib/content/article-sections';
import { cacheKeys } from '../../lib/build/cache-keys';

/** `/qr/<topic>/<level>/<section>.svg`: a QR code of the section's full address (qrcode library, error correction M). */
export async function getStaticPaths() {
  const keys = cacheKeys();
  return (await allArticleSections()).map((s) => ({ params: { section: `${s.topic}/${s.level}/${s.id}` }, props: s, cacheKey: keys.topic(s.topic) }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { topic, level, id } = props as { topic: string; level: string; id: string };
  const url = new URL(`/topics/${topic}/${level}/#${id}`, site).href;
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
