import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content-dir';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { parseLocatedYaml, parseYamlRecord } from '../yaml-record';
import { topicSchema } from './topic-schema';

const TOPIC_HINT = 'Set it in the topic record (title, intro, group, order, code, optional related); see "Topics: group and related pages" in content/README.md.';

/** YAML files of one content folder, sorted. */
function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
}

const RELATED_HINT = 'A related link names a topic id (content/topics/<id>.yaml) or a start page as start/<slug> (content/start/<slug>.mdx).';

/** What is wrong with a `related` id that names no page. */
function unknownTarget(id: string): string {
  return id.startsWith('start/') ? `"${id}" names no start page (content/${id}.mdx).` : `"${id}" names no topic (content/topics/${id}.yaml).`;
}

/** Validates one topic record (content/topics/<topic>.yaml): the schema, with file, line and field; `related` ids must be `known` pages. */
export function validateTopicSource(text: string, file: string, known: ReadonlySet<string>): ContentProblem[] {
  const { data, problems, lineOf } = parseYamlRecord(text, file, topicSchema, TOPIC_HINT);
  data?.related.forEach((id, i) => {
    if (known.has(id)) return;
    problems.push({ file, line: lineOf(['related', i]), field: `related[${i}]`, message: unknownTarget(id), hint: `${didYouMean(id, known)} ${RELATED_HINT}` });
  });
  return problems;
}

/**
 * Pages a `related` list may name: every topic id and `start/<slug>` for each
 * start page (content/start/<slug>.mdx).
 */
export function relatedTargets(root: string): Set<string> {
  const dir = contentDir(root);
  const topics = yamlFiles(path.join(dir, 'topics')).map((name) => name.replace(/\.ya?ml$/, ''));
  const start = existsSync(path.join(dir, 'start')) ? readdirSync(path.join(dir, 'start')).filter((n) => n.endsWith('.mdx')).map((n) => `start/${n.replace(/\.mdx$/, '')}`) : [];
  return new Set([...topics, ...start]);
}

/**
 * Checks every topic record and the `related` lists of glossary entries
 * before the build compiles anything, so an unknown group or a related link
 * to nothing fails with file, line and the allowed values.
 */
export function topicProblems(root: string): ContentProblem[] {
  const dir = contentDir(root);
  const known = relatedTargets(root);
  const relative = (...parts: string[]) => path.relative(root, path.join(dir, ...parts)) || parts.join('/');
  const problems = yamlFiles(path.join(dir, 'topics')).flatMap((name) =>
    validateTopicSource(readFileSync(path.join(dir, 'topics', name), 'utf8'), relative('topics', name), known),
  );
  for (const name of yamlFiles(path.join(dir, 'glossary'))) {
    const file = relative('glossary', name);
    const { raw, lineOf } = parseLocatedYaml(readFileSync(path.join(dir, 'glossary', name), 'utf8'), file);
    const related = (raw as { related?: unknown } | undefined)?.related;
    if (!Array.isArray(related)) continue;
    related.forEach((id, i) => {
      if (typeof id === 'string' && known.has(id)) return;
      problems.push({ file, line: lineOf(['related', i]), field: `related[${i}]`, message: unknownTarget(String(id)), hint: `${didYouMean(String(id), known)} ${RELATED_HINT}` });
    });
  }
  return problems;
}
