/**
 * The parse record: what the one compile of an article records for the
 * checks (src/lib/markdown/remark-parse-record.ts), read here from the
 * production MDX processor, as the build produces it.
 */
import { describe, expect, test } from 'vitest';
import { parseRecordsOf } from '../helpers/pipeline';

const record = parseRecordsOf('tests/fixtures/good/record.mdx').then(([r]) => r!);

describe('parse record', () => {
  test('citations in prose and in components, each with its line', async () => {
    expect((await record).citations).toEqual([
      { key: 'prestwood2003ultralow', line: 7 },
      { key: 'bord2003effects', line: 9 },
      { key: 'ettinger2004effects', line: 14 },
      { key: 'jackson2006effects', line: 16, via: 'AbsoluteRisk' },
    ]);
  });

  test('component props as MDX parsed them, `{…}` expressions with their literal value', async () => {
    const risk = (await record).components.find((c) => c.name === 'AbsoluteRisk')!;
    expect(risk.line).toBe(16);
    expect(risk.props.trial).toEqual({ text: 'whi-ea-2006', expression: false });
    expect(risk.props.baseline).toEqual({ text: '3', expression: true, literal: 3 });
    expect(risk.props.per).toEqual({ text: '1000', expression: true, literal: 1000 });
    // The prop the citation plugin adds is not the author's.
    expect(risk.props.citeNumbers).toBeUndefined();
  });

  test('sections and formulas', async () => {
    const { sections, math } = await record;
    expect(sections.map((s) => [s.id, s.depth, s.title, s.line])).toEqual([
      ['dose', 2, 'Dose', 5],
      ['math', 3, 'Math', 18],
    ]);
    expect(math).toEqual([
      { tex: '\\Delta B', display: false },
      { tex: 'x^2', display: true },
    ]);
  });

  test('prose keeps paragraphs, headings, list items and component text; drops tables, math, citations and ids', async () => {
    const { prose } = await record;
    expect(prose).toContain('Bone density rose');
    expect(prose).toContain('A thin-bone word stays.');
    expect(prose).toContain('Nothing tested this');
    expect(prose).toContain('Change is x here.');
    expect(prose).not.toMatch(/ULTRA|x\^2|\[@|\[#|prestwood/);
  });
});
