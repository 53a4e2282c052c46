import type { ContentProblem } from '../content-error';
import { LEVELS_REQUIRING_CERTAINTY } from '../content/certainty-check';
import type { Level } from '../content/levels';
import type { ParseRecord } from '../markdown/parse-record';
import { didYouMean } from '../nearest';
import type { ClaimRecord } from './load-claims';

/**
 * The checks on how articles cite claim records, each reading only the parse
 * record (`claims`, `certainty`, `sections`), never the MDX:
 * - every cited claim id exists;
 * - at Intermediate and Academic depth a certainty label names its claim;
 * - a section that cites a benefit cites all its paired harms.
 */

type Claims = ReadonlyMap<string, Pick<ClaimRecord, 'kind' | 'pairedHarms'>>;

/** Claim ids cited in an article that are not in content/claims/. */
export function unknownClaimProblems(record: ParseRecord, claims: Claims): ContentProblem[] {
  return record.claims
    .filter((use) => !claims.has(use.id))
    .map((use) => ({
      file: record.file,
      line: use.line,
      message: `${use.via === 'Claim' ? `<Claim id="${use.id}" />` : `<Certainty claim="${use.id}" />`} names no claim in content/claims/.`,
      hint: `${didYouMean(use.id, claims.keys())} A new claim needs a record in content/claims/*.yaml first (see "Claims" in content/README.md).`,
    }));
}

/** Certainty labels with a bare `level` and no claim, on a page at Intermediate or Academic depth (`level` overrides the page's own). */
export function bareCertaintyProblems(record: ParseRecord, level = record.level as Level | undefined): ContentProblem[] {
  if (!level || !LEVELS_REQUIRING_CERTAINTY.includes(level)) return [];
  return record.certainty
    .filter((label) => label.claim === undefined)
    .map((label) => ({
      file: record.file,
      line: label.line,
      message: `${label.source} grades a claim that has no record: at ${level} depth every certainty label names its claim.`,
      hint: 'Add the claim to content/claims/*.yaml and write <Certainty claim="<id>" /> (or <Claim id="<id>" />, which also cites its source), so every page that states it shows the same level.',
    }));
}

/** One unit a reader can be handed: an h2 with its h3s, or an h3 alone; `null` id for the text before the first heading. */
interface Unit {
  id: string | null;
  from: number;
  to: number;
}

/** The sections of a parsed article as line ranges, each h2 spanning its h3s. */
export function sectionUnits(record: Pick<ParseRecord, 'sections'>): Unit[] {
  const sections = record.sections;
  const units: Unit[] = [{ id: null, from: 0, to: sections[0]?.line ?? Number.POSITIVE_INFINITY }];
  sections.forEach((section, i) => {
    const end = sections.slice(i + 1).find((s) => s.depth <= section.depth);
    units.push({ id: section.id, from: section.line, to: end?.line ?? Number.POSITIVE_INFINITY });
  });
  return units;
}

/**
 * Sections that cite a benefit claim but not every one of its paired harms.
 * A section here is what a link, QR code or print view hands over: an h2
 * with its h3s, and each h3 on its own.
 */
export function pairedHarmProblems(record: ParseRecord, claims: Claims): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const unit of sectionUnits(record)) {
    const uses = record.claims.filter((use) => use.line >= unit.from && use.line < unit.to);
    const cited = new Set(uses.map((use) => use.id));
    const reported = new Set<string>();
    for (const use of uses) {
      const claim = claims.get(use.id);
      if (claim?.kind !== 'benefit' || reported.has(use.id)) continue;
      reported.add(use.id);
      const missing = claim.pairedHarms.filter((harm) => !cited.has(harm));
      if (missing.length === 0) continue;
      const where = unit.id === null ? 'The text before the first section' : `Section #${unit.id}`;
      problems.push({
        file: record.file,
        line: use.line,
        message: `${where} cites the benefit claim "${use.id}" but not its paired harms ${missing.map((id) => `"${id}"`).join(', ')}.`,
        hint: `State each harm in the same section with <Claim id="…" /> (${missing.join(', ')}), so that its link, QR code and print view carry the harms with the benefit.`,
      });
    }
  }
  return problems;
}

/** Every claim check over every parsed article. */
export function checkClaims(records: readonly ParseRecord[], claims: Claims): ContentProblem[] {
  return records.flatMap((record) => [...unknownClaimProblems(record, claims), ...bareCertaintyProblems(record), ...pairedHarmProblems(record, claims)]);
}
