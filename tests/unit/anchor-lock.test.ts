/**
 * The anchor lock: published page#section addresses may never disappear
 * silently. Fixtures are built-site address maps, as the build produces.
 */
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { checkAnchors, resolveAlias, type AnchorLock, type Aliases } from '../../src/lib/links/anchors';

const lock: AnchorLock = { about: 'fixture', pages: { '/topics/demo/academic/': ['dose-response', 'ultra-low-dose'], '/topics/demo/': [] } };
const noAliases: Aliases = { pages: {}, anchors: {} };
const built = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([p, ids]) => [p, new Set(ids)]));

describe('checkAnchors', () => {
  test('passes when every locked address still exists', () => {
    expect(checkAnchors(built({ '/topics/demo/academic/': ['dose-response', 'ultra-low-dose'], '/topics/demo/': [] }), lock, noAliases)).toEqual([]);
  });

  test('fails for a removed section id without an alias, naming it and the fix', () => {
    const problems = checkAnchors(built({ '/topics/demo/academic/': ['dose-response', 'very-low-doses'], '/topics/demo/': [] }), lock, noAliases);
    expect(problems.map((p) => p.field)).toContain('/topics/demo/academic/#ultra-low-dose');
    expect(new ContentError(problems).message).toMatchSnapshot();
  });

  test('accepts a renamed section when an alias leads to an existing id', () => {
    const aliases: Aliases = { pages: {}, anchors: { '/topics/demo/academic/#ultra-low-dose': 'very-low-doses' } };
    const now = built({ '/topics/demo/academic/': ['dose-response', 'very-low-doses', 'ultra-low-dose-x'], '/topics/demo/': [] });
    const problems = checkAnchors(now, { ...lock, pages: { ...lock.pages, '/topics/demo/academic/': [...lock.pages['/topics/demo/academic/']!, 'very-low-doses', 'ultra-low-dose-x'] } }, aliases);
    expect(problems).toEqual([]);
  });

  test('rejects an alias that leads nowhere', () => {
    const aliases: Aliases = { pages: {}, anchors: { '/topics/demo/academic/#ultra-low-dose': 'typo' } };
    const problems = checkAnchors(built({ '/topics/demo/academic/': ['dose-response'], '/topics/demo/': [] }), lock, aliases);
    expect(problems[0]!.message).toContain('its alias leads to /topics/demo/academic/#typo');
  });

  test('fails for a moved page without an alias, and passes with one', () => {
    const moved = built({ '/topics/demo-2/academic/': ['dose-response', 'ultra-low-dose'], '/topics/demo/': [] });
    expect(checkAnchors(moved, { ...lock, pages: { ...lock.pages, '/topics/demo-2/academic/': ['dose-response', 'ultra-low-dose'] } }, noAliases)[0]!.message).toContain('no longer exists');
    const aliases: Aliases = { pages: { '/topics/demo/academic/': '/topics/demo-2/academic/' }, anchors: {} };
    expect(checkAnchors(moved, { ...lock, pages: { ...lock.pages, '/topics/demo-2/academic/': ['dose-response', 'ultra-low-dose'] } }, aliases)).toEqual([]);
  });

  test('a print view that still lists other sections of its article points to the print-lock migration', () => {
    const printLock: AnchorLock = { about: 'fixture', pages: { '/print/demo/academic/dose-response/': ['dose-response', 'ultra-low-dose'] } };
    const problems = checkAnchors(built({ '/print/demo/academic/dose-response/': ['dose-response'] }), printLock, noAliases);
    expect(problems.map((p) => p.field)).toEqual(['/print/demo/academic/dose-response/#ultra-low-dose']);
    expect(problems[0]!.hint).toContain('npm run anchors:migrate-print');
  });

  test('never adds new addresses silently', () => {
    const problems = checkAnchors(built({ '/topics/demo/academic/': ['dose-response', 'ultra-low-dose', 'new-section'], '/topics/demo/': [] }), lock, noAliases);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('/topics/demo/academic/#new-section');
    expect(problems[0]!.hint).toContain('npm run anchors:update');
  });
});

test('resolveAlias follows a page move and a section rename together', () => {
  const aliases: Aliases = { pages: { '/a/': '/b/' }, anchors: { '/a/#old': 'new' } };
  expect(resolveAlias(aliases, '/a/', 'old')).toEqual({ page: '/b/', id: 'new' });
  expect(resolveAlias(aliases, '/a/')).toEqual({ page: '/b/' });
});
