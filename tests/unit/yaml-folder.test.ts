/** The shared content-folder loader (src/lib/yaml-folder.ts) that trials, evidence, claims, guidelines and safety read through. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileId, loadYamlFolder, readYamlFolder } from '../../src/lib/yaml-folder';

describe('readYamlFolder and loadYamlFolder', () => {
  let root: string;
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.STRATA_CONTENT_DIR;
    delete process.env.STRATA_CONTENT_DIR;
    root = mkdtempSync(path.join(tmpdir(), 'strata-yaml-folder-'));
    const dir = path.join(root, 'content', 'things');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'b.yaml'), 'ok: true\n');
    writeFileSync(path.join(dir, 'a.yml'), 'ok: false\n');
    writeFileSync(path.join(dir, 'notes.md'), 'not YAML');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    if (previous !== undefined) process.env.STRATA_CONTENT_DIR = previous;
  });

  test('lists .yaml and .yml files in name order with their text and content/ paths; an absent folder has none', () => {
    expect(readYamlFolder(root, 'things')).toEqual([
      { file: path.join('content', 'things', 'a.yml'), text: 'ok: false\n' },
      { file: path.join('content', 'things', 'b.yaml'), text: 'ok: true\n' },
    ]);
    expect(readYamlFolder(root, 'absent')).toEqual([]);
  });

  const validate = (text: string, file: string) => ({
    record: { id: fileId(file) },
    problems: text.includes('false') ? [{ file, message: 'not ok' }] : [],
  });

  test('keeps only records whose file has no problems, and reports every problem', () => {
    const { records, problems } = loadYamlFolder(root, 'things', validate, { key: (r) => r.id });
    expect([...records.keys()]).toEqual(['b']);
    expect(problems).toEqual([{ file: path.join('content', 'things', 'a.yml'), message: 'not ok' }]);
  });

  test('keepWithProblems keeps a record its file also reports problems for', () => {
    const { records, problems } = loadYamlFolder(root, 'things', validate, { key: (r) => r.id, keepWithProblems: true });
    expect([...records.keys()]).toEqual(['a', 'b']);
    expect(problems).toHaveLength(1);
  });
});
