import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { contentDir } from '../content-dir';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { fieldPath, type TrialRecord } from '../trials/load-trials';
import { evidenceSchema, type Evidence } from './schema';

export interface EvidenceRecord extends Evidence {
  slug: string;
}

/**
 * Validates one evidence file against its schema and against the trial
 * records it names: each trial must exist, have the outcome at that site,
 * with the same measure and a confidence interval (needed for pooling).
 */
export function validateEvidenceSource(text: string, file: string, trials: Map<string, TrialRecord>): { evidence?: EvidenceRecord; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (parts: ReadonlyArray<PropertyKey>) => {
    for (let n = parts.length; n >= 0; n--) {
      const node = doc.getIn(parts.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `YAML syntax error: ${e.message.split('\n')[0]}` })) };
  }
  const result = evidenceSchema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file,
        line: lineOf(issue.path),
        field: fieldPath(issue.path) || undefined,
        message: issue.message,
        hint: 'See "Evidence questions" in content/README.md.',
      })),
    };
  }
  const problems: ContentProblem[] = [];
  result.data.studies.forEach((study, i) => {
    const at = (key: string) => ({ file, line: lineOf(['studies', i, key]), field: `studies[${i}].${key}` });
    const trial = trials.get(study.trial);
    if (!trial) {
      problems.push({ ...at('trial'), message: `No trial "${study.trial}" in content/trials/.`, hint: didYouMean(study.trial, trials.keys()) });
      return;
    }
    const outcome = trial.outcomes.find((o) => o.site === study.site && o.effect === result.data.measure);
    if (!outcome) {
      const available = trial.outcomes.map((o) => `${o.site} (${o.effect})`).join(', ');
      problems.push({ ...at('site'), message: `Trial "${study.trial}" has no ${result.data.measure} for "${study.site}".`, hint: `Its outcomes are: ${available}.` });
    } else if (!outcome.ci) {
      problems.push({ ...at('site'), message: `Trial "${study.trial}" reports no confidence interval for "${study.site}", so it cannot be pooled.`, hint: 'Add the interval to the trial record from the paper, or leave the study out and say why in `caveats`.' });
    }
  });
  return { evidence: { ...result.data, slug: path.basename(file).replace(/\.ya?ml$/, '') }, problems };
}

/** Loads and validates every content/evidence/*.yaml. */
export function loadEvidence(root: string, trials: Map<string, TrialRecord>): { evidence: Map<string, EvidenceRecord>; problems: ContentProblem[] } {
  const dir = path.join(contentDir(root), 'evidence');
  const evidence = new Map<string, EvidenceRecord>();
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { evidence, problems };
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join('content', 'evidence', name);
    const result = validateEvidenceSource(readFileSync(path.join(dir, name), 'utf8'), file, trials);
    problems.push(...result.problems);
    if (result.evidence && result.problems.length === 0) evidence.set(result.evidence.slug, result.evidence);
  }
  return { evidence, problems };
}
