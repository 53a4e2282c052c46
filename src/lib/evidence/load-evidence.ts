import path from 'node:path';
import { fileId, loadYamlFolder } from '../yaml-folder';
import { fieldPath, parseLocatedYaml } from '../yaml-record';
import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import type { TrialRecord } from '../trials/load-trials';
import { analyseOutcome, baselineOf, findTrialOutcome } from './analyse-outcome';
import { checkOutcomeRatings } from './grade-rules';
import { indexSchema, profileSchema, type EvidenceIndex, type Profile } from './schema';

export type ProfileRecord = Profile & { slug: string };
export type IndexRecord = EvidenceIndex & { slug: string };
export type EvidenceRecord = ProfileRecord | IndexRecord;

/** True for a profile (not an index page). */
export function isProfile(record: EvidenceRecord): record is ProfileRecord {
  return record.kind === 'profile';
}

const HINT = 'See "Evidence profiles" in content/README.md.';

/**
 * Validates one evidence file: its schema, the trial records and references
 * it names (each pooled study must resolve to an outcome with a CI), where
 * each study was found, and the GRADE ratings against the data
 * (src/lib/evidence/grade-rules.ts, written out on /evidence/grading/).
 */
export function validateEvidenceSource(text: string, file: string, trials: Map<string, TrialRecord>, bibliography?: Bibliography): { evidence?: EvidenceRecord; problems: ContentProblem[] } {
  const located = parseLocatedYaml(text, file);
  if (located.problems.length > 0) return { problems: located.problems };
  const { lineOf } = located;
  const raw = located.raw as { kind?: unknown } | null;
  const slug = fileId(file);
  const at = (parts: (string | number)[]) => ({ file, line: lineOf(parts), field: fieldPath(parts) || undefined });
  if (raw?.kind === 'index') {
    const result = indexSchema.safeParse(raw);
    if (!result.success) return { problems: result.error.issues.map((issue) => ({ ...at(issue.path as (string | number)[]), message: issue.message, hint: HINT })) };
    return { evidence: { ...result.data, slug }, problems: [] };
  }
  const result = profileSchema.safeParse(raw);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => ({ ...at(issue.path as (string | number)[]), message: issue.message, hint: HINT })) };
  }
  const profile = result.data;
  const problems: ContentProblem[] = [];
  const knownKey = (key: string, parts: (string | number)[]) => {
    if (bibliography && !bibliography.has(key)) problems.push({ ...at(parts), message: `\`${key}\` is not in references.bib.`, hint: didYouMean(key, bibliography.keys()) });
  };
  const sources = new Set([...profile.search.syntheses.map((s) => s.id), ...profile.search.queries.map((q) => q.id)]);
  profile.search.syntheses.forEach((s, i) => s.citation && knownKey(s.citation, ['search', 'syntheses', i, 'citation']));
  const included = new Set<string>();
  profile.considered.forEach((study, i) => {
    if (study.citation) knownKey(study.citation, ['considered', i, 'citation']);
    if (study.trial && !trials.has(study.trial)) problems.push({ ...at(['considered', i, 'trial']), message: `No trial "${study.trial}" in content/trials/.`, hint: didYouMean(study.trial, trials.keys()) });
    if (study.trial && study.status === 'included') included.add(study.trial);
    study.reports.forEach((id, j) => {
      if (!trials.has(id)) problems.push({ ...at(['considered', i, 'reports', j]), message: `No trial "${id}" in content/trials/.`, hint: didYouMean(id, trials.keys()) });
      else if (study.status === 'included') included.add(id);
    });
    study.foundIn.forEach((id, j) => {
      if (!sources.has(id)) problems.push({ ...at(['considered', i, 'foundIn', j]), message: `"${id}" is not a \`search.syntheses\` or \`search.queries\` id.`, hint: didYouMean(id, sources) });
    });
  });
  profile.outcomes.forEach((outcome, o) => {
    const before = problems.length;
    if (outcome.check) knownKey(outcome.check.citation, ['outcomes', o, 'check', 'citation']);
    outcome.studies.forEach((study, i) => {
      const where = (key: string) => at(['outcomes', o, 'studies', i, key]);
      const trial = trials.get(study.trial);
      if (!trial) {
        problems.push({ ...where('trial'), message: `No trial "${study.trial}" in content/trials/.`, hint: didYouMean(study.trial, trials.keys()) });
        return;
      }
      if (!included.has(study.trial)) problems.push({ ...where('trial'), message: `Trial "${study.trial}" is pooled but is not an included study in \`considered\`.`, hint: 'Add it to `considered` with status "included", or remove it from this outcome.' });
      const found = findTrialOutcome(trial, study, outcome.measure);
      if (!found) {
        const available = trial.outcomes.map((x) => `${x.site} (${x.effect}${x.arm ? `, arm ${x.arm}` : ''})`).join(', ');
        problems.push({ ...where('site'), message: `Trial "${study.trial}" has no ${outcome.measure} for "${study.site}"${study.arm ? ` in arm "${study.arm}"` : ''}.`, hint: `Its outcomes are: ${available}.` });
      } else if (!found.ci) {
        problems.push({ ...where('site'), message: `Trial "${study.trial}" reports no confidence interval for "${study.site}", so it cannot be pooled.`, hint: 'Add the interval to the trial record from the paper, or leave the study out and say why in `caveats`.' });
      }
    });
    if (problems.length > before) return;
    const analysis = analyseOutcome(outcome, trials);
    const baseline = baselineOf(outcome, analysis);
    if ('problem' in baseline) problems.push({ ...at(['outcomes', o, 'baseline', 'fromTrial']), message: baseline.problem, hint: 'Give `per1000` with its named source instead.' });
    for (const rule of checkOutcomeRatings(outcome, analysis, profile)) problems.push({ ...at(['outcomes', o, ...rule.path]), message: rule.message, hint: rule.hint });
  });
  const ids = new Set<string>();
  profile.outcomes.forEach((outcome, o) => {
    if (ids.has(outcome.id)) problems.push({ ...at(['outcomes', o, 'id']), message: `Duplicate outcome id "${outcome.id}".`, hint: 'Each outcome needs its own permanent id.' });
    ids.add(outcome.id);
  });
  return { evidence: { ...profile, slug }, problems };
}

/** Checks that each index entry names a profile and one of its outcomes. */
function checkIndexes(evidence: Map<string, EvidenceRecord>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const record of evidence.values()) {
    if (isProfile(record)) continue;
    record.profiles.forEach((entry, i) => {
      const target = evidence.get(entry.slug);
      const file = path.join('content', 'evidence', `${record.slug}.yaml`);
      if (!target || !isProfile(target)) problems.push({ file, field: `profiles[${i}].slug`, message: `No evidence profile "${entry.slug}".`, hint: didYouMean(entry.slug, evidence.keys()) });
      else if (!target.outcomes.some((x) => x.id === entry.outcome)) problems.push({ file, field: `profiles[${i}].outcome`, message: `Profile "${entry.slug}" has no outcome "${entry.outcome}".`, hint: didYouMean(entry.outcome, target.outcomes.map((x) => x.id)) });
    });
  }
  return problems;
}

/** Loads and validates every content/evidence/*.yaml. */
export function loadEvidence(root: string, trials: Map<string, TrialRecord>, bibliography?: Bibliography): { evidence: Map<string, EvidenceRecord>; problems: ContentProblem[] } {
  const { records: evidence, problems } = loadYamlFolder(root, 'evidence', (text, file) => {
    const { evidence: record, problems: found } = validateEvidenceSource(text, file, trials, bibliography);
    return { record, problems: found };
  }, { key: (record) => record.slug });
  if (problems.length === 0) problems.push(...checkIndexes(evidence));
  return { evidence, problems };
}

/** The profile outcome a `<ForestPlot evidence=… outcome=…>` shows: the named one, or the profile's first. */
export function outcomeFor(record: EvidenceRecord | undefined, outcomeId?: string): { profile: ProfileRecord; outcome: Profile['outcomes'][number] } | undefined {
  if (!record || !isProfile(record)) return undefined;
  const outcome = outcomeId ? record.outcomes.find((o) => o.id === outcomeId) : record.outcomes[0];
  return outcome ? { profile: record, outcome } : undefined;
}
