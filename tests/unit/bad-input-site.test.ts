/**
 * The bad-input catalogue for the site's identity and origin: content/site.yaml
 * and STRATA_SITE_URL as `npm run build:deploy` checks them. Each fails with
 * file, line or field and a fix; full messages are pinned by snapshots.
 */
import { describe, expect, test } from 'vitest';
import { buildBibliography, loadBibliography } from '../../src/lib/bib/bibliography';
import { missingNote, parseMissing } from '../../src/lib/bib/completeness';
import { ContentError } from '../../src/lib/content-error';
import { deployOriginProblems } from '../../src/lib/site/origin';
import { deployConfigProblems, validateSiteConfigSource } from '../../src/lib/site/site-config';
import { errorMessage, fixture, ROOT } from '../helpers/pipeline';

describe('content/site.yaml', () => {
  const cases: Array<[string, string[]]> = [
    ['site-corrections-not-address.yaml', ['site-corrections-not-address.yaml:4', '`corrections`', 'email address', 'https:// URL']],
    ['site-unknown-field.yaml', ['site-unknown-field.yaml:5', 'Unknown field `reviewer`', 'The fields are `publisher`']],
  ];
  test.each(cases)('%s fails with file, line and fix', (name, expected) => {
    const { problems, loaded } = validateSiteConfigSource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`);
    expect(loaded).toBeUndefined();
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('site-empty-fields.yaml is valid, but the deploy build lists each empty field with its line', () => {
    const { problems, loaded } = validateSiteConfigSource(fixture('bad/site-empty-fields.yaml'), 'tests/fixtures/bad/site-empty-fields.yaml');
    expect(problems).toEqual([]);
    const deploy = deployConfigProblems(loaded!);
    expect(deploy.map((p) => [p.field, p.line])).toEqual([
      ['publisher', 2],
      ['funding', 3],
      ['conflictsOfInterest', 4],
      ['corrections', 5],
    ]);
    expect(new ContentError(deploy).message).toMatchSnapshot();
  });
});

describe('STRATA_SITE_URL for a deploy build', () => {
  const cases: Array<[string, string | undefined, string[]]> = [
    ['unset', undefined, ['STRATA_SITE_URL: is not set', 'npm run build:deploy']],
    ['a placeholder', 'https://strata.example.org', ['placeholder or local address (strata.example.org)']],
    ['not https', 'http://strata.org.uk', ['not https']],
    ['localhost', 'http://localhost:4321', ['not https', 'placeholder or local address (localhost)']],
    ['not a URL', 'strata.org', ['not an absolute URL']],
  ];
  test.each(cases)('%s fails with the variable named and a fix', (_name, value, expected) => {
    const message = new ContentError(deployOriginProblems(value)).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toContain('Fix: Set the address the site will be served from');
    expect(message).toMatchSnapshot();
  });
});

describe('references.bib completeness (journal articles give volume and pages, or say why not)', () => {
  const cases: Array<[string, string[]]> = [
    ['bib-article-without-pages.bib', ['bib-article-without-pages.bib:1', 'nopages2006.volume', 'has no volume and page range', 'missing = {volume, pages: where you looked}']],
    ['bib-missing-stale.bib', ['bib-missing-stale.bib:8', 'stale2006.missing', 'says `volume` is missing, but it has `volume = {21}`', 'Remove `volume` from `missing`']],
    ['bib-missing-without-reason.bib', ['bib-missing-without-reason.bib:6', 'noreason2006.missing', 'without fields or a reason: "volume, pages"']],
  ];
  test.each(cases)('%s fails with file, line, field and fix', async (name, expected) => {
    const message = await errorMessage(() => buildBibliography(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, { complete: true }));
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('an entry that says why a field is missing passes, and the reason reaches the reference', () => {
    const text = fixture('bad/bib-article-without-pages.bib').replace(/\n\}/, ',\n  missing = {volume, pages: e-pub ahead of print}\n}');
    const reference = buildBibliography(text, 'x.bib', { complete: true }).get('nopages2006')!;
    expect(reference.missing).toEqual([
      { field: 'volume', reason: 'e-pub ahead of print' },
      { field: 'pages', reason: 'e-pub ahead of print' },
    ]);
    expect(missingNote(reference.missing!)).toBe('Volume and page range not shown: e-pub ahead of print.');
  });

  test('the check is off for bare fixtures (other catalogue entries) and on for the site\'s references.bib', () => {
    expect(() => buildBibliography(fixture('bad/bib-article-without-pages.bib'), 'x.bib')).not.toThrow();
  });

  test('the site\'s references: the USPSTF evidence review prints with its volume; every incomplete article says why', () => {
    const bibliography = loadBibliography(ROOT);
    expect(bibliography.get('gartlehner2022hormone')!.text).toContain('JAMA. 2022;328(17):1747–65.');
    for (const reference of bibliography.values()) {
      if (reference.csl.type !== 'article-journal') continue;
      const declared = new Set((reference.missing ?? []).map((m) => m.field));
      if (!reference.csl.volume) expect(declared.has('volume'), reference.key).toBe(true);
      if (!reference.csl.page) expect(declared.has('pages'), reference.key).toBe(true);
    }
  });

  test('parseMissing splits clauses on semicolons and fields on commas', () => {
    expect(parseMissing('volume: in press; pages: not printed').fields).toEqual([
      { field: 'volume', reason: 'in press' },
      { field: 'pages', reason: 'not printed' },
    ]);
    expect(parseMissing('volume').malformed).toEqual(['volume']);
  });
});
