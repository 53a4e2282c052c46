/**
 * The one-time migration of the anchor lock for print views that print only
 * their own section (`npm run anchors:migrate-print`): on a small lock it
 * keeps each print page's section and its subsections and nothing else, and
 * the committed lock has already been migrated.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLock, type AnchorLock } from '../../src/lib/links/anchors';
import { articleSections, migratePrintLock, printedIds } from '../../src/lib/links/print-lock-migration';
import { ROOT } from '../helpers/pipeline';

const SECTIONS = [
  { id: 'intro', depth: 2 },
  { id: 'dose', depth: 2 },
  { id: 'low-dose', depth: 3 },
  { id: 'ultra-low', depth: 3 },
  { id: 'harms', depth: 2 },
];
const ALL = ['dose', 'harms', 'intro', 'low-dose', 'references', 'ultra-low'];

describe('printedIds', () => {
  test('an h2 publishes itself and the h3s up to the next h2; an h3 only itself', () => {
    expect(printedIds(SECTIONS, 'dose')).toEqual(['dose', 'low-dose', 'ultra-low']);
    expect(printedIds(SECTIONS, 'intro')).toEqual(['intro']);
    expect(printedIds(SECTIONS, 'low-dose')).toEqual(['low-dose']);
    expect(printedIds(SECTIONS, 'harms')).toEqual(['harms']);
    expect(printedIds(SECTIONS, 'not-there')).toEqual(['not-there']);
  });
});

describe('migratePrintLock on a small lock', () => {
  const lock: AnchorLock = {
    about: 'fixture',
    pages: {
      '/topics/demo/academic/': ALL.filter((id) => id !== 'references'),
      '/print/demo/academic/dose/': ALL,
      '/print/demo/academic/low-dose/': ALL,
      '/print/demo/academic/intro/': ALL,
      '/print/gone/academic/old/': ['new', 'old', 'references'],
      '/s/dm-dose/': [],
    },
  };
  const sectionsOf = (topic: string, level: string) => (topic === 'demo' && level === 'academic' ? SECTIONS : undefined);
  const migrated = migratePrintLock(lock, sectionsOf);

  test('keeps each print page\'s section and its subsections, drops every other id', () => {
    expect(migrated.pages).toEqual({
      '/topics/demo/academic/': ['dose', 'harms', 'intro', 'low-dose', 'ultra-low'],
      '/print/demo/academic/dose/': ['dose', 'low-dose', 'ultra-low'],
      '/print/demo/academic/low-dose/': ['low-dose'],
      '/print/demo/academic/intro/': ['intro'],
      // An article that no longer exists: the page keeps its own id, so the lock check still asks for an alias.
      '/print/gone/academic/old/': ['old'],
      '/s/dm-dose/': [],
    });
    expect(migrated.about).toBe('fixture');
  });

  test('never adds an id the lock did not have', () => {
    const partial: AnchorLock = { about: 'fixture', pages: { '/print/demo/academic/dose/': ['dose', 'intro'] } };
    expect(migratePrintLock(partial, sectionsOf).pages).toEqual({ '/print/demo/academic/dose/': ['dose'] });
  });

  test('is idempotent and leaves the input untouched', () => {
    expect(migratePrintLock(migrated, sectionsOf)).toEqual(migrated);
    expect(lock.pages['/print/demo/academic/dose/']).toEqual(ALL);
  });
});

describe('the committed lock', () => {
  const lock = readLock(ROOT)!;
  const printPages = Object.keys(lock.pages).filter((page) => page.startsWith('/print/'));

  test('has already been migrated: no print page lists another section of its article', () => {
    expect(printPages.length).toBeGreaterThan(100);
    const sections = new Map<string, ReturnType<typeof articleSections>>();
    for (const topic of readdirSync(path.join(ROOT, 'content/articles'))) {
      for (const level of ['fundamentals', 'intermediate', 'academic']) sections.set(`${topic}/${level}`, articleSections(ROOT, topic, level));
    }
    const strays: string[] = [];
    for (const page of printPages) {
      const [, , topic, level, section] = page.split('/');
      const article = sections.get(`${topic}/${level}`) ?? [];
      const printed = new Set(printedIds(article, section!));
      // Ids of sections that have since been removed (and aliased) may stay; the other sections' ids and the reference list may not.
      const others = new Set([...article.map((s) => s.id), 'references'].filter((id) => !printed.has(id)));
      strays.push(...lock.pages[page]!.filter((id) => others.has(id)).map((id) => `${page}#${id}`));
      if (article.some((s) => s.id === section)) expect(lock.pages[page], page).toContain(section);
    }
    expect(strays).toEqual([]);
  });

  test('records every print page it recorded before the migration', () => {
    // 169 print pages were locked before print views showed one section; none was dropped.
    expect(printPages.length).toBeGreaterThanOrEqual(169);
  });
});
