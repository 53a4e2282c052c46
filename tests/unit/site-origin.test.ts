import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PORT } from '../../scripts/serve.mjs';
import { ROOT } from '../helpers/pipeline';
import { deployProblems } from '../../src/lib/site/deploy-checks';
import { announceLocalOrigin, deployOriginProblems, isPlaceholderHost, LOCAL_NOTICE, LOCAL_ORIGIN, LOCAL_PORT, resolveOrigin } from '../../src/lib/site/origin';
import { loadSiteConfig, validateSiteConfigSource } from '../../src/lib/site/site-config';

describe('resolveOrigin', () => {
  test('without STRATA_SITE_URL the build is a local preview on the port npm start serves', () => {
    expect(resolveOrigin(undefined)).toEqual({ url: 'http://localhost:4321', local: true });
    expect(resolveOrigin('  ')).toEqual({ url: LOCAL_ORIGIN, local: true });
    expect(LOCAL_PORT).toBe(DEFAULT_PORT);
    expect(LOCAL_NOTICE).toBe('STRATA_SITE_URL not set: building for local preview at http://localhost:4321; QR codes and canonical links use that address');
  });

  test('the local-preview notice is printed once per process, and never for a configured origin', () => {
    const lines: string[] = [];
    announceLocalOrigin(resolveOrigin('https://strata.org.uk'), (l) => lines.push(l));
    expect(lines).toEqual([]);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('strata.localOriginNotice')];
    announceLocalOrigin(resolveOrigin(undefined), (l) => lines.push(l));
    announceLocalOrigin(resolveOrigin(undefined), (l) => lines.push(l));
    expect(lines).toEqual([LOCAL_NOTICE]);
  });

  test('a set STRATA_SITE_URL is used as given (normalised)', () => {
    expect(resolveOrigin('https://strata.org.uk')).toEqual({ url: 'https://strata.org.uk/', local: false });
    expect(resolveOrigin(' https://host.org/strata/ ').url).toBe('https://host.org/strata/');
  });

  test('a value that is not an http(s) URL fails the build with the variable named', () => {
    expect(() => resolveOrigin('strata.org')).toThrow(/STRATA_SITE_URL is "strata.org", which is not an absolute http\(s\) URL/);
    expect(() => resolveOrigin('ftp://strata.org')).toThrow(/not an absolute http\(s\) URL/);
  });
});

describe('deploy checks', () => {
  test('placeholder and local hosts are recognised, real ones are not', () => {
    for (const host of ['example.org', 'strata.example.com', 'example.net', 'localhost', 'app.localhost', '127.0.0.1', '[::1]', 'site.test']) {
      expect(isPlaceholderHost(host), host).toBe(true);
    }
    for (const host of ['strata.org.uk', 'example.organic', 'myexample.org', 'strata.health']) {
      expect(isPlaceholderHost(host), host).toBe(false);
    }
  });

  test('a real https origin passes', () => {
    expect(deployOriginProblems('https://strata.org.uk')).toEqual([]);
  });

  test('the repository as committed cannot be deployed: identity fields are empty until someone fills them', () => {
    const problems = deployProblems(ROOT, 'https://strata.org.uk');
    expect(problems.map((p) => p.field)).toEqual(['publisher', 'funding', 'conflictsOfInterest', 'corrections']);
    expect(problems.every((p) => p.file === 'content/site.yaml' && typeof p.line === 'number')).toBe(true);
  });

  test('a complete config passes; an email or an https URL is a corrections address', () => {
    const text = (corrections: string) => `publisher: A\nfunding: B\nconflictsOfInterest: C\ncorrections: ${corrections}\n`;
    for (const ok of ['errors@strata.org.uk', 'https://strata.org.uk/corrections']) {
      const { loaded, problems } = validateSiteConfigSource(text(ok), 'site.yaml');
      expect(problems).toEqual([]);
      expect(loaded!.config.corrections).toBe(ok);
    }
    expect(validateSiteConfigSource(text('http://strata.org.uk/x'), 'site.yaml').problems).toHaveLength(1);
  });

  test('content/site.yaml loads', () => {
    const { loaded, problems } = loadSiteConfig(ROOT);
    expect(problems).toEqual([]);
    expect(loaded!.file).toBe('content/site.yaml');
  });
});

describe('npm run build:deploy', () => {
  test('refuses a placeholder origin and the empty site identity before building anything (exit 1, every problem listed)', () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const env = { ...process.env, STRATA_SITE_URL: 'https://strata.example.org' };
    const run = spawnSync(tsx, ['scripts/build-deploy.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build:deploy refused to build the site for publication.');
    expect(run.stderr).toContain('environment variable STRATA_SITE_URL: is "https://strata.example.org", a placeholder or local address');
    expect(run.stderr).toMatch(/content\/site\.yaml:\d+ \(field `publisher`\): is empty/);
    expect(run.stdout).not.toContain('astro');
  }, 60_000);
});
