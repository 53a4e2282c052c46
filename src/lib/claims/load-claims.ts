import type { Bibliography } from '../bib/bibliography';
import type { ContentProblem } from '../content-error';
import { didYouMean } from '../nearest';
import { readYamlFolder } from '../yaml-folder';
import { fieldPath, parseLocatedYaml } from '../yaml-record';
import { claimSchema, claimsFileSchema, type Claim } from './schema';

/** A validated claim with where it was written (for messages). */
export interface ClaimRecord extends Claim {
  file: string;
  /** Index in the file's `claims:` list. */
  index: number;
  line?: number;
  /** Lines of the fields the checks across claims point at (`source.key`, `certainty.level`, `pairedHarms[0]`, `trials`, `profileRow`, `value.number`). */
  fieldLines: Record<string, number | undefined>;
}

const HINT = 'See "Claims" in content/README.md.';

/**
 * Validates one claims file's text against the schema. Returns the records
 * it could validate and a problem per wrong field, each naming the file,
 * line, claim id and field (`claims[2].value.unit`).
 */
export function validateClaimsSource(text: string, file: string): { claims: ClaimRecord[]; problems: ContentProblem[] } {
  const { raw, problems: syntaxProblems, lineOf } = parseLocatedYaml(text, file, 'Check indentation (spaces only) and that list items start with `- `.');
  if (syntaxProblems.length > 0) return { claims: [], problems: syntaxProblems };
  const top = claimsFileSchema.safeParse(raw);
  if (!top.success) {
    return { claims: [], problems: top.error.issues.map((issue) => ({ file, line: lineOf(issue.path), field: fieldPath(issue.path) || undefined, message: issue.message, hint: 'A claims file is `claims:` followed by a list of records. ' + HINT })) };
  }
  const claims: ClaimRecord[] = [];
  const problems: ContentProblem[] = [];
  top.data.claims.forEach((raw, index) => {
    const result = claimSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const named = typeof rawId === 'string' ? `Claim "${rawId}": ` : `Claim ${index + 1}: `;
    if (!result.success) {
      for (const issue of result.error.issues) {
        const parts = ['claims', index, ...issue.path];
        problems.push({ file, line: lineOf(parts), field: fieldPath(parts), message: named + issue.message, hint: HINT });
      }
      return;
    }
    const fieldLines: Record<string, number | undefined> = {
      id: lineOf(['claims', index, 'id']),
      'source.key': lineOf(['claims', index, 'source', 'key']),
      'certainty.level': lineOf(['claims', index, 'certainty', 'level']),
      trials: lineOf(['claims', index, 'trials']),
      profileRow: lineOf(['claims', index, 'profileRow']),
      'value.number': lineOf(['claims', index, 'value', 'number']),
    };
    result.data.pairedHarms.forEach((_, i) => (fieldLines[`pairedHarms[${i}]`] = lineOf(['claims', index, 'pairedHarms', i])));
    claims.push({ ...result.data, file, index, line: lineOf(['claims', index]), fieldLines });
  });
  return { claims, problems };
}

/** Outcome, intervention, population and source of a claim: two claims with the same key say the same thing. */
const sameClaimKey = (c: Claim) => [c.outcome, c.intervention, c.population, c.source?.key].map((p) => (p ?? '').trim().toLowerCase()).join('\u0000');

/**
 * Checks across all claims: ids are unique; each source is in
 * references.bib; each paired harm exists, is a harm, and shares the
 * benefit's source, unit and time frame; and no two claims about the same
 * outcome, intervention, population and source carry different certainty.
 */
export function crossCheckClaims(claims: readonly ClaimRecord[], bibliography: Pick<Bibliography, 'has' | 'keys'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (c: ClaimRecord, field: string) => ({ file: c.file, line: c.fieldLines[field] ?? c.line, field: `claims[${c.index}].${field}` });
  const byId = new Map<string, ClaimRecord>();
  for (const claim of claims) {
    const first = byId.get(claim.id);
    if (first) {
      problems.push({ ...at(claim, 'id'), message: `Claim "${claim.id}" is defined twice (first in ${first.file}:${first.line ?? '?'}).`, hint: 'Claim ids are unique across content/claims/; rename one (a published id never changes).' });
      continue;
    }
    byId.set(claim.id, claim);
  }
  for (const claim of byId.values()) {
    if (claim.source && !bibliography.has(claim.source.key)) {
      problems.push({ ...at(claim, 'source.key'), message: `Claim "${claim.id}": source key \`${claim.source.key}\` is not in references.bib.`, hint: didYouMean(claim.source.key, bibliography.keys()) });
    }
    claim.pairedHarms.forEach((harmId, i) => {
      const where = at(claim, `pairedHarms[${i}]`);
      const harm = byId.get(harmId);
      if (!harm) {
        problems.push({ ...where, message: `Claim "${claim.id}": paired harm "${harmId}" is not a claim.`, hint: didYouMean(harmId, byId.keys()) });
        return;
      }
      if (harm.kind !== 'harm') {
        problems.push({ ...where, message: `Claim "${claim.id}": paired claim "${harmId}" is a ${harm.kind}, not a harm.`, hint: 'List only claims of kind `harm` in `pairedHarms`.' });
        return;
      }
      const differ: string[] = [];
      if (harm.source?.key !== claim.source?.key) differ.push(`source \`${harm.source?.key}\` vs \`${claim.source?.key}\``);
      if (harm.value?.unit !== claim.value?.unit) differ.push(`unit "${harm.value?.unit}" vs "${claim.value?.unit}"`);
      if (harm.value?.timeFrame !== claim.value?.timeFrame) differ.push(`time frame "${harm.value?.timeFrame}" vs "${claim.value?.timeFrame}"`);
      if (differ.length > 0) {
        problems.push({
          ...where,
          message: `Claim "${claim.id}": paired harm "${harmId}" is not from the same source, units and time frame (${differ.join('; ')}).`,
          hint: 'Pair a benefit only with harms counted in the same source, in the same units over the same time; state other harms in the text as their own claims.',
        });
      }
    });
  }
  const seen = new Map<string, ClaimRecord>();
  for (const claim of byId.values()) {
    if (claim.kind === 'statement' || !claim.outcome) continue;
    const key = sameClaimKey(claim);
    const other = seen.get(key);
    if (!other) {
      seen.set(key, claim);
      continue;
    }
    if (other.certainty.level !== claim.certainty.level) {
      problems.push({
        ...at(claim, 'certainty.level'),
        message: `Claims "${other.id}" (${other.file}:${other.line ?? '?'}) and "${claim.id}" state the same outcome, intervention, population and source but grade it "${other.certainty.level}" and "${claim.certainty.level}".`,
        hint: 'One claim carries one certainty: decide the level from the evidence and use it in both, or merge them into one claim that both pages cite.',
      });
    }
  }
  return problems;
}

/** Loads and validates every content/claims/*.yaml, with the checks across claims. */
export function loadClaims(root: string, bibliography: Pick<Bibliography, 'has' | 'keys'>): { claims: Map<string, ClaimRecord>; problems: ContentProblem[] } {
  const all: ClaimRecord[] = [];
  const problems: ContentProblem[] = [];
  for (const { file, text } of readYamlFolder(root, 'claims')) {
    const result = validateClaimsSource(text, file);
    all.push(...result.claims);
    problems.push(...result.problems);
  }
  problems.push(...crossCheckClaims(all, bibliography));
  const claims = new Map<string, ClaimRecord>();
  for (const claim of all) if (!claims.has(claim.id)) claims.set(claim.id, claim);
  return { claims, problems };
}
