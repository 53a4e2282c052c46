/**
 * The references.bib entry rules (src/lib/bib/validate-entries.ts) at their
 * edges, on entries built in the test (no BibTeX parsing), so they run in
 * milliseconds once per mutant (npm run test:mutation:lib).
 */
import { describe, expect, test } from 'vitest';
import type { RawBibEntry } from '../../../src/lib/bib/parse-bibtex';
import { DOI_PATTERN, KEY_PATTERN, PMID_PATTERN, validateEntries } from '../../../src/lib/bib/validate-entries';

function entry(fields: Record<string, string> = {}, overrides: Partial<RawBibEntry> = {}): RawBibEntry {
  return {
    key: 'doe2003bone',
    type: 'article',
    fields: { author: 'Doe, Jane', title: 'Bone', journal: 'JAMA', year: '2003', ...fields },
    line: 10,
    fieldLines: { year: 14, doi: 15, pmid: 16 },
    ...overrides,
  };
}
/** `line field: message | hint` for each problem. */
const check = (...entries: RawBibEntry[]) => validateEntries(entries, 'refs.bib').map((p) => `${p.line} ${p.field}: ${p.message} | ${p.hint}`);

describe('validateEntries', () => {
  test('a complete entry passes', () => {
    expect(check(entry())).toEqual([]);
    expect(check(entry({ doi: '10.1001/jama.290.8.1042', pmid: '12941676' }))).toEqual([]);
  });

  test('author, title and year (or date) are required, blank counts as missing', () => {
    expect(check(entry({ author: ' ' }))).toEqual(["10 doe2003bone.author: Entry `doe2003bone` has no author. | Add `author = {…}` to the entry, copied from the paper's PubMed or publisher page."]);
    expect(check(entry({ title: '' }))).toEqual(["10 doe2003bone.title: Entry `doe2003bone` has no title. | Add `title = {…}` to the entry, copied from the paper's PubMed or publisher page."]);
    expect(check(entry({ year: '' }))).toEqual(["10 doe2003bone.year: Entry `doe2003bone` has no year. | Add `year = {…}` to the entry, copied from the paper's PubMed or publisher page."]);
    expect(check(entry({ year: '', date: '2003-05' }))).toEqual([]);
    expect(check(entry({ year: ' ', date: ' ' }))).toHaveLength(1);
  });

  test('the venue field depends on the entry type; unknown types accept any venue', () => {
    expect(check(entry({ journal: '' }))).toEqual(['10 doe2003bone.journal: Entry `doe2003bone` (@article) does not say where it was published. | Add one of: `journal`, `journaltitle`.']);
    expect(check(entry({ journal: '', journaltitle: 'JAMA' }))).toEqual([]);
    expect(check(entry({ journal: '', publisher: 'Springer' }, { type: 'book' }))).toEqual([]);
    expect(check(entry({ journal: '' }, { type: 'book' }))).toEqual(['10 doe2003bone.publisher: Entry `doe2003bone` (@book) does not say where it was published. | Add one of: `publisher`.']);
    expect(check(entry({ journal: '', institution: 'WHO' }, { type: 'report' }))).toEqual([]);
    expect(check(entry({ journal: '', howpublished: 'Web page' }, { type: 'misc' }))).toEqual([]);
    expect(check(entry({ journal: '' }, { type: 'thesis' }))).toEqual([
      '10 doe2003bone.journal: Entry `doe2003bone` (@thesis) does not say where it was published. | Add one of: `journal`, `booktitle`, `publisher`, `institution`, `organization`, `howpublished`.',
    ]);
    expect(check(entry({ journal: '', organization: 'NOF' }, { type: 'thesis' }))).toEqual([]);
    // A journal does not count for a book.
    expect(check(entry({}, { type: 'book' }))).toHaveLength(1);
  });

  test('a year has four digits, reported on its own line (or the entry line when not located)', () => {
    expect(check(entry({ year: '03' }))).toEqual(['14 doe2003bone.year: Entry `doe2003bone` has year `03`, which is not a four-digit year. | Write the year of publication as four digits, e.g. `year = {2003}`.']);
    expect(check(entry({ year: '2003a' }))).toHaveLength(1);
    expect(check(entry({ year: ' 2003 ' }))).toEqual([]);
    expect(check(entry({ year: '12003' }, { fieldLines: {} }))[0]).toMatch(/^10 doe2003bone\.year: /);
  });

  test('a DOI is bare and well formed', () => {
    expect(check(entry({ doi: 'https://doi.org/10.1001/jama.290.8.1042' }))).toEqual([
      '15 doe2003bone.doi: Entry `doe2003bone` has a malformed DOI `https://doi.org/10.1001/jama.290.8.1042`. | A DOI looks like `10.1001/jama.290.8.1042`: no `https://doi.org/` prefix, no spaces. Record it only if you saw it on the publisher or PubMed page.',
    ]);
    expect(check(entry({ doi: ' 10.1001/jama.290 ' }))).toEqual([]);
    expect(check(entry({ doi: '' }))).toHaveLength(1);
    expect(DOI_PATTERN.test('10.1001/a b')).toBe(false);
    expect(DOI_PATTERN.test('10.123/x')).toBe(false);
    expect(DOI_PATTERN.test('10.1234/x')).toBe(true);
    expect(DOI_PATTERN.test('10.123456789/x')).toBe(true);
    expect(DOI_PATTERN.test('10.1234567890/x')).toBe(false);
    expect(DOI_PATTERN.test('x10.1234/x')).toBe(false);
    expect(DOI_PATTERN.test('10.1234/')).toBe(false);
  });

  test('a PMID is a positive number of at most 8 digits', () => {
    expect(check(entry({ pmid: 'PMID:12941676' }))).toEqual(['16 doe2003bone.pmid: Entry `doe2003bone` has a malformed PMID `PMID:12941676`. | A PMID is a number of up to 8 digits, e.g. `12941676`, without a `PMID:` prefix.']);
    expect(check(entry({ pmid: ' 1 ' }))).toEqual([]);
    expect(PMID_PATTERN.test('99999999')).toBe(true);
    expect(PMID_PATTERN.test('123456789')).toBe(false);
    expect(PMID_PATTERN.test('0123')).toBe(false);
    expect(PMID_PATTERN.test('12a')).toBe(false);
    expect(PMID_PATTERN.test('a12')).toBe(false);
  });

  test('keys are unique and in house style', () => {
    expect(check(entry(), entry({}, { line: 30 }))).toEqual([
      '30 doe2003bone: Duplicate citation key `doe2003bone` (first defined on line 10). | Keep one entry per work; if these are two different works, give one of them a new key.',
    ]);
    // The first definition is the one remembered.
    expect(check(entry(), entry({}, { line: 30 }), entry({}, { line: 50 }))[1]).toContain('first defined on line 10');
    expect(check(entry({}, { key: 'Doe2003' }))).toEqual(['10 Doe2003: Citation key `Doe2003` is not in the house style. | Use lower-case letters, digits and hyphens, e.g. `prestwood2003ultralow`.']);
    expect(KEY_PATTERN.test('a')).toBe(true);
    expect(KEY_PATTERN.test('doe_2003-x')).toBe(true);
    expect(KEY_PATTERN.test('2003doe')).toBe(false);
    expect(KEY_PATTERN.test('doe 2003')).toBe(false);
    expect(KEY_PATTERN.test('doe2003!')).toBe(false);
  });

  test('every problem of every entry is reported, with the file', () => {
    const problems = validateEntries([entry({ author: '', doi: 'x' }), entry({ title: '' }, { key: 'b' })], 'refs.bib');
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['refs.bib', 'doe2003bone.author'],
      ['refs.bib', 'doe2003bone.doi'],
      ['refs.bib', 'b.title'],
    ]);
  });
});
