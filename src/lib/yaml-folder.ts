import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir';
import type { ContentProblem } from './content-error';

/** One YAML file of a content folder: its path for messages (`content/<folder>/<name>`) and its text. */
export interface YamlSource {
  file: string;
  text: string;
}

/**
 * The `.yaml`/`.yml` files of `content/<folder>/` (or the STRATA_CONTENT_DIR
 * equivalent), in name order, with their text; none when the folder is absent.
 */
export function readYamlFolder(root: string, folder: string): YamlSource[] {
  const dir = path.join(contentDir(root), folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: path.join('content', folder, name), text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** A record's id: its file name without `.yaml`/`.yml` (`content/trials/whi-2002.yaml` → `whi-2002`). */
export function fileId(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/, '');
}

/** What one file's validator returns: its record (when it could build one) and its problems. */
export interface ValidatedFile<R> {
  record?: R;
  problems: ContentProblem[];
}

/**
 * Validates every YAML file of `content/<folder>/` with `validate` and
 * collects the records by `key` with every file's problems. A record whose
 * file has problems is left out, unless `keepWithProblems` (trials keep a
 * record with an unknown citation, so evidence that pools it reports only
 * the citation, not also a missing trial).
 */
export function loadYamlFolder<R>(
  root: string,
  folder: string,
  validate: (text: string, file: string) => ValidatedFile<R>,
  options: { key: (record: R) => string; keepWithProblems?: boolean },
): { records: Map<string, R>; problems: ContentProblem[] } {
  const records = new Map<string, R>();
  const problems: ContentProblem[] = [];
  for (const { file, text } of readYamlFolder(root, folder)) {
    const { record, problems: found } = validate(text, file);
    problems.push(...found);
    if (record && (options.keepWithProblems || found.length === 0)) records.set(options.key(record), record);
  }
  return { records, problems };
}
