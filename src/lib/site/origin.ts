import type { ContentProblem } from '../content-error';

/** The port `npm start` and `npm run serve` listen on (scripts/serve.mjs). */
export const LOCAL_PORT = 4321;
/** The origin a build without `STRATA_SITE_URL` uses: the local preview server. */
export const LOCAL_ORIGIN = `http://localhost:${LOCAL_PORT}`;
/** Printed once by a build without `STRATA_SITE_URL`. */
export const LOCAL_NOTICE = `STRATA_SITE_URL not set: building for local preview at ${LOCAL_ORIGIN}; QR codes and canonical links use that address`;

/** Where the origin comes from, for messages. */
const SOURCE = 'environment variable STRATA_SITE_URL';

/** The site's origin for one build, and whether it is the local preview default. */
export interface Origin {
  /** Absolute URL Astro's `site` is set to. */
  url: string;
  /** True when STRATA_SITE_URL was not set and the build is for local preview. */
  local: boolean;
}

/**
 * Resolves the origin canonical links, the sitemap, print views and QR codes
 * use: `STRATA_SITE_URL` when set, else the local preview address. Throws when
 * the variable is set but is not an absolute http(s) URL.
 */
export function resolveOrigin(value: string | undefined): Origin {
  const trimmed = value?.trim();
  if (!trimmed) return { url: LOCAL_ORIGIN, local: true };
  const parsed = parseHttpUrl(trimmed);
  if (!parsed) {
    throw new Error(`${SOURCE} is "${trimmed}", which is not an absolute http(s) URL. Set it like STRATA_SITE_URL=https://your.domain, or unset it to build for local preview.`);
  }
  return { url: parsed.href, local: false };
}

const NOTICE_SHOWN = Symbol.for('strata.localOriginNotice');

/** Prints LOCAL_NOTICE for a local-preview origin, once per process (Astro may load the config more than once). */
export function announceLocalOrigin(origin: Origin, log: (line: string) => void = console.warn): void {
  const shared = globalThis as Record<symbol, unknown>;
  if (!origin.local || shared[NOTICE_SHOWN]) return;
  shared[NOTICE_SHOWN] = true;
  log(LOCAL_NOTICE);
}

function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Hosts that are never a published site: documentation placeholders and this machine. */
export function isPlaceholderHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\./.test(host) || host === '0.0.0.0' || host === '::1') return true;
  // RFC 2606 names reserved for examples and tests.
  return /(^|\.)example\.(org|com|net)$/.test(host) || /(^|\.)(example|test|invalid)$/.test(host);
}

/**
 * What is wrong with `STRATA_SITE_URL` for a deploy build: unset, not a URL,
 * not https, or a placeholder / local address. Empty when it is fit to publish.
 */
export function deployOriginProblems(value: string | undefined): ContentProblem[] {
  const fix = 'Set the address the site will be served from, e.g. `STRATA_SITE_URL=https://strata.your-domain.org npm run build:deploy`. For a local preview use `npm run build` instead.';
  const trimmed = value?.trim();
  if (!trimmed) {
    return [{ file: SOURCE, message: 'is not set. A deploy build needs the real address: canonical links, the sitemap, print views and QR codes are written with it.', hint: fix }];
  }
  const url = parseHttpUrl(trimmed);
  if (!url) return [{ file: SOURCE, message: `is "${trimmed}", which is not an absolute URL.`, hint: fix }];
  const problems: ContentProblem[] = [];
  if (url.protocol !== 'https:') {
    problems.push({ file: SOURCE, message: `is "${trimmed}", which is not https. Links and QR codes handed to patients must use https.`, hint: fix });
  }
  if (isPlaceholderHost(url.hostname)) {
    problems.push({ file: SOURCE, message: `is "${trimmed}", a placeholder or local address (${url.hostname}), not a published site.`, hint: fix });
  }
  return problems;
}
