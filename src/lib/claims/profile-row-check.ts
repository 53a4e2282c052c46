import type { ContentProblem } from '../content-error';
import { isProfile, outcomeFor, type EvidenceRecord } from '../evidence/load-evidence';
import { per1000, sofRows, type SofRow } from '../evidence/sof-rows';
import { didYouMean } from '../nearest';
import type { TrialRecord } from '../trials/load-trials';
import type { ClaimRecord } from './load-claims';

/**
 * A claim that names `profileRow: <question>#<outcome-id>` meets the evidence
 * profile's Summary-of-Findings row (one claim, one label, one number):
 * - the profile and the outcome exist;
 * - the claim's certainty level is the row's GRADE rating;
 * - a `value.number` states one of the row's numbers, chosen by `value.unit`:
 *   a unit that starts with a ratio ("hazard ratio", "risk ratio",
 *   "relative risk", "odds ratio") states the row's relative effect, which
 *   must use the same measure and round to it at two decimals
 *   (|claim − row| ≤ 0.005); "per 1,000 …" states the row's difference per
 *   1000 (|claim − row| ≤ 0.5, the table's rounding to whole people); and
 *   "percent …" states that difference in percentage points (× 10, same
 *   tolerance). Any other unit (e.g. "per 10,000 women") is another
 *   synthesis's number: such a claim keeps its own source and does not cite
 *   the row.
 */

type RowClaim = Pick<ClaimRecord, 'id' | 'file' | 'index' | 'line' | 'fieldLines' | 'profileRow' | 'certainty' | 'value'>;

/** Which of the row's numbers a claim's `value.unit` states. */
export type StatedRowNumber = { kind: 'relative'; measure: 'risk ratio' | 'hazard ratio' | 'odds ratio' } | { kind: 'difference'; per1000PerUnit: number } | { kind: 'other' };

/** Reads which row number a unit names: a ratio, a difference per 1000, a difference in percentage points, or none of them. */
export function statedRowNumber(unit: string | undefined): StatedRowNumber {
  const u = (unit ?? '').trim().toLowerCase();
  const ratio = /^(hazard ratio|risk ratio|relative risk|odds ratio)\b/.exec(u)?.[1];
  if (ratio) return { kind: 'relative', measure: ratio === 'relative risk' ? 'risk ratio' : (ratio as 'risk ratio' | 'hazard ratio' | 'odds ratio') };
  if (/^per 1,?000\b/.test(u)) return { kind: 'difference', per1000PerUnit: 1 };
  if (/^(percent|percentage points?)\b/.test(u)) return { kind: 'difference', per1000PerUnit: 10 };
  return { kind: 'other' };
}

/** Tolerance for a stated relative effect: the row as its table prints it, to two decimals. */
export const RELATIVE_TOLERANCE = 0.005;
/** Tolerance for a stated difference per 1000: the row as its table prints it, in whole people. */
export const PER1000_TOLERANCE = 0.5;

const fmt2 = (x: number) => x.toFixed(2);
const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
const signedPer1000 = (x: number) => {
  const r = per1000(x);
  return r === 0 ? '0' : r < 0 ? `${-r} fewer` : `${r} more`;
};

/** What a row says, for messages: certainty, relative effect with CI, difference per 1000 with its time. */
function describeRow(row: SofRow): string {
  const m = row.analysis.main;
  return `"${row.outcome.grade.certainty}" certainty, ${row.outcome.measure} ${fmt2(m.estimate)} (95% CI ${fmt2(m.lower)} to ${fmt2(m.upper)}), ${signedPer1000(row.absolute.difference)} per 1000 over ${row.baseline.years} years`;
}

/** The reasons the row was rated down, for the hint. */
function rowReasons(row: SofRow): string {
  return row.footnotes.length > 0 ? row.footnotes.map((f) => f.text).join(' ') : 'The profile rates no domain down.';
}

/**
 * Every way the claims that cite a profile row disagree with it. Assumes the
 * evidence loaded without problems (its rows can be computed).
 */
export function profileRowProblems(claims: Iterable<RowClaim>, evidence: ReadonlyMap<string, EvidenceRecord>, trials: Map<string, TrialRecord>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const rowsBySlug = new Map<string, SofRow[]>();
  const rowsOf = (slug: string, record: EvidenceRecord) => {
    if (!isProfile(record)) return [];
    if (!rowsBySlug.has(slug)) rowsBySlug.set(slug, sofRows(record, trials));
    return rowsBySlug.get(slug)!;
  };
  const profileSlugs = [...evidence.values()].filter(isProfile).map((p) => p.slug);
  for (const claim of claims) {
    if (!claim.profileRow) continue;
    const at = (field: string) => ({ file: claim.file, line: claim.fieldLines[field] ?? claim.line, field: `claims[${claim.index}].${field}` });
    const [slug = '', outcomeId = ''] = claim.profileRow.split('#');
    const record = evidence.get(slug);
    const found = outcomeFor(record, outcomeId);
    if (!record || !isProfile(record)) {
      problems.push({ ...at('profileRow'), message: `Claim "${claim.id}": \`profileRow\` "${claim.profileRow}" names no evidence profile "${slug}".`, hint: `${didYouMean(slug, profileSlugs)} Write \`<question>#<outcome-id>\` with a file name of content/evidence/.` });
      continue;
    }
    if (!found) {
      const ids = record.outcomes.map((o) => `\`${o.id}\``).join(', ');
      problems.push({ ...at('profileRow'), message: `Claim "${claim.id}": profile "${slug}" has no outcome "${outcomeId}"; its outcome ids are ${ids}.`, hint: `Write \`profileRow: ${slug}#<outcome-id>\` with one of those ids (the permanent id of the row, not its title).` });
      continue;
    }
    const row = rowsOf(slug, record).find((r) => r.outcome.id === found.outcome.id)!;
    const rowLevel = row.outcome.grade.certainty;
    if (claim.certainty.level !== rowLevel) {
      problems.push({
        ...at('certainty.level'),
        message: `Claim "${claim.id}" is graded "${claim.certainty.level}", but the profile row it cites (${claim.profileRow}) is rated ${describeRow(row)}.`,
        hint: `Set \`certainty.level: ${rowLevel}\` and say why in \`certainty.reasons\`, in the claim's own words, from the profile's reasons: ${rowReasons(row)} If the profile's rating is wrong, correct the profile (content/evidence/${slug}.yaml), not the claim.`,
      });
    }
    const number = claim.value?.number;
    if (number === undefined) continue;
    const stated = statedRowNumber(claim.value?.unit);
    if (stated.kind === 'other') {
      problems.push({
        ...at('value.number'),
        message: `Claim "${claim.id}" cites profile row ${claim.profileRow} but states its number ${number} "${claim.value?.unit}", a unit the row does not give (the row: ${describeRow(row)}).`,
        hint: `A claim that cites a row states the row's relative effect (unit "${row.outcome.measure}, …"), its difference per 1000 (unit "per 1,000 …") or that difference in percentage points (unit "percent …"). A number in other units quotes another synthesis: remove \`profileRow\` and keep the claim on its own source.`,
      });
      continue;
    }
    if (stated.kind === 'relative') {
      const main = row.analysis.main;
      if (stated.measure !== row.outcome.measure) {
        problems.push({ ...at('value.number'), message: `Claim "${claim.id}" states ${article(stated.measure)} ${stated.measure} (${number}), but its profile row ${claim.profileRow} gives ${article(row.outcome.measure)} ${row.outcome.measure} (${fmt2(main.estimate)}).`, hint: `State the row's ${row.outcome.measure} with unit "${row.outcome.measure}, …", or remove \`profileRow\` if the claim quotes another analysis.` });
      } else if (Math.abs(number - main.estimate) > RELATIVE_TOLERANCE + 1e-9) {
        problems.push({
          ...at('value.number'),
          message: `Claim "${claim.id}" states a ${stated.measure} of ${number}, but its profile row ${claim.profileRow} gives ${fmt2(main.estimate)} (95% CI ${fmt2(main.lower)} to ${fmt2(main.upper)}, ${main.label}).`,
          hint: `Write \`number: ${fmt2(main.estimate)}\` and the same figure in \`value.text\` (it must round to the row's at two decimals), or remove \`profileRow\` if the claim quotes another analysis.`,
        });
      }
      continue;
    }
    const difference = row.absolute.difference;
    const asPer1000 = number * stated.per1000PerUnit;
    if (Math.abs(asPer1000 - difference) > PER1000_TOLERANCE + 1e-9) {
      const unitWord = stated.per1000PerUnit === 1 ? 'per 1000' : 'percentage points';
      const expected = stated.per1000PerUnit === 1 ? String(per1000(difference)) : (difference / 10).toFixed(1);
      problems.push({
        ...at('value.number'),
        message: `Claim "${claim.id}" states a difference of ${number} ${unitWord}${stated.per1000PerUnit === 1 ? '' : ` (${asPer1000} per 1000)`}, but its profile row ${claim.profileRow} gives ${signedPer1000(difference)} per 1000 over ${row.baseline.years} years (${per1000(row.absolute.riskWithout)} → ${per1000(row.absolute.riskWith)}, baseline: ${row.baseline.source}).`,
        hint: `Write \`number: ${expected}\` (the row's difference, within ${PER1000_TOLERANCE} per 1000) and the same figure in \`value.text\`, or remove \`profileRow\` if the claim quotes another analysis or baseline.`,
      });
    }
  }
  return problems;
}
