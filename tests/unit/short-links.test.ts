/**
 * Short links (src/lib/links/short-links.ts): the older forms stay as they
 * were, every section gets a depth-specific form that lands on its own depth,
 * and the committed anchor lock records every one of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { LEVELS } from '../../src/lib/content/levels';
import { readLock } from '../../src/lib/links/anchors';
import { ARRIVAL_PREFIX, sectionShortPath, shortLinks } from '../../src/lib/links/short-links';
import { ROOT } from '../helpers/pipeline';

const topic = {
  slug: 'estrogen-dose',
  code: 'ed',
  title: 'Estrogen dose',
  sections: {
    fundamentals: [{ id: 'dose-response', title: 'Does the dose matter?' }],
    intermediate: [
      { id: 'dose-response', title: 'Dose–response' },
      { id: 'rankl-opg', title: 'RANKL and OPG' },
    ],
    academic: [{ id: 'rankl-opg', title: 'RANKL, OPG and estrogen' }],
  },
};

describe('short links', () => {
  const links = shortLinks([topic]);
  const byPath = new Map(links.map((l) => [l.path, l.target]));

  test('the topic and plainest-depth forms are unchanged', () => {
    expect(byPath.get('/s/ed/')).toBe('/topics/estrogen-dose/');
    expect(byPath.get('/s/ed-dose-response/')).toBe('/topics/estrogen-dose/fundamentals/#dose-response');
    expect(byPath.get('/s/ed-rankl-opg/')).toBe('/topics/estrogen-dose/intermediate/#rankl-opg');
  });

  test('every section has a depth-specific link to the same depth and section, at its arrival box', () => {
    expect(byPath.get('/s/ed/f/dose-response/')).toBe(`/topics/estrogen-dose/fundamentals/#${ARRIVAL_PREFIX}dose-response`);
    expect(byPath.get('/s/ed/i/dose-response/')).toBe(`/topics/estrogen-dose/intermediate/#${ARRIVAL_PREFIX}dose-response`);
    expect(byPath.get('/s/ed/i/rankl-opg/')).toBe(`/topics/estrogen-dose/intermediate/#${ARRIVAL_PREFIX}rankl-opg`);
    expect(byPath.get('/s/ed/a/rankl-opg/')).toBe(`/topics/estrogen-dose/academic/#${ARRIVAL_PREFIX}rankl-opg`);
    // A section a depth lacks gets no link at that depth.
    expect(byPath.has('/s/ed/f/rankl-opg/')).toBe(false);
    expect(byPath.has('/s/ed/a/dose-response/')).toBe(false);
    expect(links).toHaveLength(1 + 2 + 4);
    expect(new Set(links.map((l) => l.path)).size).toBe(links.length);
    expect(links.find((l) => l.path === '/s/ed/a/rankl-opg/')!.title).toBe('Estrogen dose (Academic): RANKL, OPG and estrogen');
  });

  test('sectionShortPath uses one letter per depth', () => {
    expect(LEVELS.map((level) => sectionShortPath('pv', level, 'whi-fractures'))).toEqual(['/s/pv/f/whi-fractures/', '/s/pv/i/whi-fractures/', '/s/pv/a/whi-fractures/']);
  });
});

describe('the committed anchor lock', () => {
  const lock = readLock(ROOT)!;
  const topicsDir = path.join(ROOT, 'content/topics');
  const codes = Object.fromEntries(
    readdirSync(topicsDir).map((file) => [file.replace(/\.yaml$/, ''), (parseYaml(readFileSync(path.join(topicsDir, file), 'utf8')) as { code: string }).code]),
  );

  test('records the depth-specific short link of every locked article section', () => {
    let checked = 0;
    for (const [page, ids] of Object.entries(lock.pages)) {
      const match = /^\/topics\/([^/]+)\/(fundamentals|intermediate|academic)\/$/.exec(page);
      if (!match) continue;
      // `references` (the reference list) and `changes` (the change log) are page furniture, not authored sections.
      for (const id of ids.filter((x) => x !== 'references' && x !== 'changes')) {
        const short = sectionShortPath(codes[match[1]!]!, match[2] as (typeof LEVELS)[number], id);
        expect(lock.pages, `${short} (for ${page}#${id}) is not in the lock`).toHaveProperty([short]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  test('still records the older short links', () => {
    expect(lock.pages).toHaveProperty(['/s/ed-ultra-low-dose/']);
    expect(lock.pages).toHaveProperty(['/s/pv/']);
  });
});
