/**
 * The page's security and privacy, as served with the headers the build
 * wrote: its CSP is also a <meta> before any script (for hosts that send no
 * headers), and over the whole visit (load, every widget's code, a phone
 * width, print media) it requests no other host, logs no console error,
 * throws nothing and violates no policy.
 */
import type { PageCheck } from '../visit';

export const cspMeta: PageCheck = {
  name: 'csp-meta',
  phase: 'loaded',
  async run({ html }) {
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head);
    if (!meta) return ['no CSP <meta> in <head>'];
    const firstScript = head.search(/<script\b/);
    if (firstScript >= 0 && head.indexOf(meta[0]) > firstScript) return ['the CSP <meta> comes after a <script>'];
    return [];
  },
};

export const noForeignRequestsOrErrors: PageCheck = {
  name: 'requests-and-errors',
  phase: 'final',
  async run({ foreign, errors }) {
    return [...foreign.map((url) => `request to another host: ${url}`), ...errors];
  },
};

export const widgetsLoad: PageCheck = {
  name: 'widgets-load',
  phase: 'widgets',
  async run({ facts }) {
    return (facts.widgetsNotLoaded ?? []).map((tag) => `<${tag}> was scrolled into view but its code never defined it`);
  },
};
