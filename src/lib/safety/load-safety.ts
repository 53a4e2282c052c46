import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bibliography } from '../bib/bibliography';
import { contentDir } from '../content-dir';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { parseYamlRecord } from '../yaml-record';
import { DRUG_NAMES, safetySchema, type SafetyRecordData } from './schema';

export interface SafetyRecord extends SafetyRecordData {
  /** The file name without `.yaml`: a key of DRUG_NAMES. */
  id: string;
}

const HINT = 'See "Safety lines" in content/README.md.';

/** Validates one safety file: the schema, a known drug id (its file name) and that every source is a references.bib key. */
export function validateSafetySource(text: string, file: string, bibliography: Bibliography): { record?: SafetyRecord; problems: ContentProblem[] } {
  const { data, problems, lineOf } = parseYamlRecord(text, file, safetySchema, HINT);
  if (!data) return { problems };
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  if (!(id in DRUG_NAMES)) {
    problems.push({ file, line: 1, message: `\`${id}\` is not a drug id of src/lib/safety/schema.ts (DRUG_NAMES).`, hint: `${didYouMean(id, Object.keys(DRUG_NAMES))} Name the file after the drug id, or add the drug and the words that name it to DRUG_NAMES.` });
  }
  data.lines.forEach((line, i) => {
    if (bibliography.has(line.source.key)) return;
    problems.push({ file, line: lineOf(['lines', i, 'source', 'key']), field: `lines[${i}].source.key`, message: `\`${line.source.key}\` is not in references.bib.`, hint: didYouMean(line.source.key, bibliography.keys()) });
  });
  return { record: { ...data, id }, problems };
}

/** Loads and validates every content/safety/*.yaml. */
export function loadSafety(root: string, bibliography: Bibliography): { safety: Map<string, SafetyRecord>; problems: ContentProblem[] } {
  const dir = path.join(contentDir(root), 'safety');
  const safety = new Map<string, SafetyRecord>();
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { safety, problems };
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const result = validateSafetySource(readFileSync(path.join(dir, name), 'utf8'), path.join('content', 'safety', name), bibliography);
    problems.push(...result.problems);
    if (result.record && result.problems.length === 0) safety.set(result.record.id, result.record);
  }
  return { safety, problems };
}
