/**
 * The security policy the build writes: strict for scripts, complete for the
 * headers the issue names, and readable by the local server that tests use.
 */
import { describe, expect, test } from 'vitest';
import { apacheHeaders, netlifyHeaders } from '../../src/lib/security/apply-security';
import { cspHash, inlineSources } from '../../src/lib/security/inline-sources';
import { contentSecurityPolicy, metaContentSecurityPolicy, securityHeaders } from '../../src/lib/security/policy';
import { parseHeadersFile } from '../../scripts/serve.mjs';

const input = { scriptHashes: [cspHash('x()')], styleHashes: [] };

describe('inline script hashes', () => {
  test("match the CSP Level 2 specification's worked example", () => {
    // W3C CSP Level 2, §4.2.5 (hash sources): <script>alert('Hello, world.');</script>
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  test('cover executable inline scripts and styles, not external scripts or JSON data blocks', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="module" src="/x.js"></script>' +
      '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script><script type="application/json">[1]</script><style>p{color:red}</style>';
    expect(inlineSources(html)).toEqual({ scripts: [cspHash('a()'), cspHash('b()')], styles: [cspHash('p{color:red}')] });
  });
});

describe('Content-Security-Policy', () => {
  const policy = contentSecurityPolicy(input);
  const directive = (name: string) => new RegExp(`(^|; )${name} ([^;]*)`).exec(policy)?.[2];

  test('scripts: this site and hashed inline scripts only; never unsafe-inline or unsafe-eval', () => {
    expect(directive('script-src')).toBe(`'self' 'wasm-unsafe-eval' '${cspHash('x()')}'`);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(directive('script-src')).not.toMatch(/'unsafe-inline'/);
  });

  test('has the directives the issue names', () => {
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'self'");
    expect(directive('frame-ancestors')).toBe("'none'");
    expect(directive('default-src')).toBe("'self'");
  });

  test('the <meta> version drops frame-ancestors, which browsers ignore there', () => {
    const meta = metaContentSecurityPolicy(input);
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("object-src 'none'");
  });
});

describe('header files for static hosts', () => {
  const headers = securityHeaders(input);

  test('names every header the issue asks for', () => {
    expect(headers.map(([name]) => name)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']));
  });

  test('_headers round-trips through the local server\'s parser', () => {
    const rules = parseHeadersFile(netlifyHeaders(headers)) as { pattern: string; headers: [string, string][] }[];
    expect(rules[0]).toEqual({ pattern: '/*', headers });
    expect(rules[1]?.pattern).toBe('/_astro/*');
  });

  test('.htaccess sets each header with mod_headers', () => {
    const apache = apacheHeaders(headers);
    for (const [name] of headers) expect(apache).toContain(`Header always set ${name} "`);
    expect(apache).toContain("frame-ancestors 'none'");
  });
});
