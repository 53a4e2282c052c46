import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { fileId, loadYamlFolder } from '../yaml-folder';
import { parseYamlRecord } from '../yaml-record';
import { guidelineSchema, type Guideline } from './schema';

export interface GuidelineRecord extends Guideline {
  /** The file name without `.yaml`, as `<Guideline id="…" />` names it. */
  id: string;
}

const HINT = 'See "Guidelines" in content/README.md.';

/** Validates one guideline file: the schema, then that `source.key` and `supersedes` are references.bib keys. */
export function validateGuidelineSource(text: string, file: string, bibliography: Bibliography): { guideline?: GuidelineRecord; problems: ContentProblem[] } {
  const { data, problems, lineOf } = parseYamlRecord(text, file, guidelineSchema, HINT);
  if (!data) return { problems };
  for (const [field, key] of [['source.key', data.source.key], ['supersedes', data.supersedes]] as const) {
    if (key === undefined || bibliography.has(key)) continue;
    problems.push({ file, line: lineOf(field.split('.')), field, message: `\`${key}\` is not in references.bib.`, hint: didYouMean(key, bibliography.keys()) });
  }
  return { guideline: { ...data, id: fileId(file) }, problems };
}

/** Loads and validates every content/guidelines/*.yaml. */
export function loadGuidelines(root: string, bibliography: Bibliography): { guidelines: Map<string, GuidelineRecord>; problems: ContentProblem[] } {
  const { records, problems } = loadYamlFolder(root, 'guidelines', (text, file) => {
    const { guideline, problems: found } = validateGuidelineSource(text, file, bibliography);
    return { record: guideline, problems: found };
  }, { key: (guideline) => guideline.id });
  return { guidelines: records, problems };
}
