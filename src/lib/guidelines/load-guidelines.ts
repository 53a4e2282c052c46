import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bibliography } from '../bib/bibliography';
import { contentDir } from '../content-dir';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
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
  return { guideline: { ...data, id: path.basename(file).replace(/\.ya?ml$/, '') }, problems };
}

/** Loads and validates every content/guidelines/*.yaml. */
export function loadGuidelines(root: string, bibliography: Bibliography): { guidelines: Map<string, GuidelineRecord>; problems: ContentProblem[] } {
  const dir = path.join(contentDir(root), 'guidelines');
  const guidelines = new Map<string, GuidelineRecord>();
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { guidelines, problems };
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const result = validateGuidelineSource(readFileSync(path.join(dir, name), 'utf8'), path.join('content', 'guidelines', name), bibliography);
    problems.push(...result.problems);
    if (result.guideline && result.problems.length === 0) guidelines.set(result.guideline.id, result.guideline);
  }
  return { guidelines, problems };
}
