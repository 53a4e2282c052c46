/**
 * Strata's security headers: one policy for the whole site in the headers
 * (`_headers`, `.htaccess`), and the same policy in each page's `<meta>`,
 * listing only the hashes of that page's inline scripts and styles.
 *
 * - Scripts: only files from this site, plus the hashes of the few inline
 *   scripts the build finds (the no-flash theme script); never
 *   'unsafe-inline' or 'unsafe-eval'. 'wasm-unsafe-eval' lets the search page
 *   compile Pagefind's WebAssembly (it allows WebAssembly only, not eval).
 * - Styles: stylesheet files from this site, plus the hashes of the inline
 *   <style> elements the build finds (the site CSS and KaTeX rules are
 *   inlined in each page, see astro.config.mjs). Style *attributes* are
 *   allowed because KaTeX positions formula glyphs with them; an attribute
 *   cannot run script.
 * - Everything else: this site only; no plugins, no framing, no foreign forms.
 *
 * References: W3C Content Security Policy Level 3; OWASP Secure Headers Project.
 */
export interface PolicyInput {
  /** `sha256-…` sources of inline scripts found in the built pages. */
  scriptHashes: string[];
  /** `sha256-…` sources of inline <style> elements found in the built pages. */
  styleHashes: string[];
}

/** Directives a <meta> policy may not carry (browsers ignore them there, with a console error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function directives({ scriptHashes, styleHashes }: PolicyInput): [string, string[]][] {
  const quoted = (hashes: string[]) => [...new Set(hashes)].sort().map((hash) => `'${hash}'`);
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(scriptHashes)]],
    ['style-src', ["'self'", ...quoted(styleHashes)]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy(input: PolicyInput): string {
  return directives(input).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The same policy for a `<meta http-equiv>` element, without header-only directives. */
export function metaContentSecurityPolicy(input: PolicyInput): string {
  return directives(input)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Every response header Strata's pages should carry, in send order. */
export function securityHeaders(input: PolicyInput): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(input)],
    // Readers' paths (which topic, which condition) never leak to other sites.
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
  ];
}
