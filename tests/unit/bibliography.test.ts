import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildBibliography } from '../../src/lib/bib/bibliography';
import { lineIndex, parseBibtex } from '../../src/lib/bib/parse-bibtex';

/** The obvious definition: one plus the newlines before `index`. */
const naiveLineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

test('lineIndex agrees with counting the newlines before each offset', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '@', ' ', '\r', '{') }), (text) => {
      const lineAt = lineIndex(text);
      for (let i = 0; i <= text.length; i++) expect(lineAt(i)).toBe(naiveLineAt(text, i));
    }),
  );
});

test('lineIndex on edge cases: empty text, leading and trailing newlines', () => {
  expect(lineIndex('')(0)).toBe(1);
  const text = '\nab\n\nc\n';
  expect([...Array(text.length + 1).keys()].map(lineIndex(text))).toEqual([1, 2, 2, 2, 3, 4, 4, 5]);
});

test('entries and fields get the lines they are written on', () => {
  const text = ['% comment', '', '@article{first2001,', '  author = {A B},', '  title = {T},', '', '  year = {2001},', '  journal = {J}', '}', '@book{second2002,', '  publisher = {P}}'].join('\n');
  const { entries, problems } = parseBibtex(text, 'x.bib');
  expect(problems).toEqual([]);
  expect(entries.map((e) => [e.key, e.line, e.fieldLines])).toEqual([
    ['first2001', 3, { author: 4, title: 5, year: 7, journal: 8 }],
    ['second2002', 10, { publisher: 11 }],
  ]);
});

test('every entry is formatted in Vancouver style, numbered by the site not by citeproc, an organisation named whole', () => {
  const bib = buildBibliography(
    [
      '@article{smith2001,',
      '  author = {Smith, Anna and Jones, Bo},',
      '  title = {A trial},',
      '  journal = {JAMA},',
      '  year = {2001}, volume = {290}, number = {8}, pages = {1042--1048}',
      '}',
      '@misc{nice2015,',
      '  author = {{National Institute for Health and Care Excellence}},',
      '  title = {Menopause},',
      '  year = {2015},',
      '  organization = {National Institute for Health and Care Excellence}',
      '}',
    ].join('\n'),
    'x.bib',
  );
  expect([...bib.values()].map((r) => [r.key, r.line, r.text])).toEqual([
    ['smith2001', 1, 'Smith A, Jones B. A trial. JAMA. 2001;290(8):1042–8.'],
    ['nice2015', 7, 'National Institute for Health and Care Excellence. Menopause. National Institute for Health and Care Excellence; 2015.'],
  ]);
}, 30_000);
