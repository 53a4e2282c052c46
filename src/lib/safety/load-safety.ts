import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { fileId, loadYamlFolder } from '../yaml-folder';
import { parseYamlRecord } from '../yaml-record';
import { DRUG_NAMES, safetySchema, type SafetyRecordData } from './schema';

export interface SafetyRecord extends SafetyRecordData {
  /** The file name without `.yaml`: a key of DRUG_NAMES. */
  id: string;
  /** The file, for messages (`content/safety/<id>.yaml`). */
  file: string;
  /** The line of the `details` field, when there is one. */
  detailsLine?: number | undefined;
}

const HINT = 'See "Safety lines" in content/README.md.';

/** Validates one safety file: the schema, a known drug id (its file name) and that every source is a references.bib key. */
export function validateSafetySource(text: string, file: string, bibliography: Bibliography): { record?: SafetyRecord; problems: ContentProblem[] } {
  const { data, problems, lineOf } = parseYamlRecord(text, file, safetySchema, HINT);
  if (!data) return { problems };
  const id = fileId(file);
  if (!(id in DRUG_NAMES)) {
    problems.push({ file, line: 1, message: `\`${id}\` is not a drug id of src/lib/safety/schema.ts (DRUG_NAMES).`, hint: `${didYouMean(id, Object.keys(DRUG_NAMES))} Name the file after the drug id, or add the drug and the words that name it to DRUG_NAMES.` });
  }
  data.lines.forEach((line, i) => {
    if (bibliography.has(line.source.key)) return;
    problems.push({ file, line: lineOf(['lines', i, 'source', 'key']), field: `lines[${i}].source.key`, message: `\`${line.source.key}\` is not in references.bib.`, hint: didYouMean(line.source.key, bibliography.keys()) });
  });
  return { record: { ...data, id, file, detailsLine: lineOf(['details']) }, problems };
}

/** Loads and validates every content/safety/*.yaml. */
export function loadSafety(root: string, bibliography: Bibliography): { safety: Map<string, SafetyRecord>; problems: ContentProblem[] } {
  const { records, problems } = loadYamlFolder(root, 'safety', (text, file) => validateSafetySource(text, file, bibliography), { key: (record) => record.id });
  return { safety: records, problems };
}
