import type { ContentProblem } from '../content-error';
import { LEVELS_REQUIRING_CERTAINTY } from '../content/certainty-check';
import type { Level } from '../content/levels';
import type { ParseRecord } from '../markdown/parse-record';
import { didYouMean } from '../nearest';
import type { TrialRecord } from '../trials/load-trials';
import { FRACTURE_SITES } from '../trials/vocabulary';
import type { ClaimRecord } from './load-claims';

/**
 * The checks on how articles cite claim records, each reading only the parse
 * record (`claims`, `certainty`, `sections`), never the MDX:
 * - every cited claim id exists;
 * - at Intermediate and Academic depth a certainty label names its claim;
 * - a section that cites a benefit cites all its paired harms;
 * - a section whose component shows a treatment's fracture benefit in a
 *   trial cites the harm claims of that trial (or, for a treatment other
 *   than hormone therapy whose harms we could not read in numbers, the
 *   statement that says so).
 */

type Claims = ReadonlyMap<string, Pick<ClaimRecord, 'kind' | 'pairedHarms'> & Partial<Pick<ClaimRecord, 'trials'>>>;
type Trials = ReadonlyMap<string, Pick<TrialRecord, 'arms' | 'outcomes'>>;

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

/** Trial-record interventions that are menopausal hormone therapy (estrogen, with or without a progestogen). */
export const HORMONE_THERAPY_INTERVENTIONS: ReadonlySet<string> = new Set(['estradiol', 'conjugated estrogens', 'estradiol + progestogen', 'conjugated estrogens + progestogen']);

const FRACTURES: ReadonlySet<string> = new Set(FRACTURE_SITES);

/** Arms that are not an active treatment: a fracture ratio below 1 for them is no treatment's benefit. */
const INACTIVE_INTERVENTIONS: ReadonlySet<string> = new Set(['placebo', 'no treatment']);

/** What a component shows when it shows a treatment's fracture benefit in one trial. */
interface ShownBenefit {
  trial: string;
  site: string;
  /** `hormone therapy`, or the active arm's intervention (`teriparatide`). */
  treatment: string;
  hormoneTherapy: boolean;
}

/**
 * The trial and fracture site a component shows, when it shows a fracture
 * benefit of a treatment: `<AbsoluteRisk trial outcome>` with a fracture
 * outcome, or `<TrialTable id>` whose record has one, in a trial with an
 * active arm and a ratio below 1 for that fracture outcome against another arm
 * (for a treatment other than hormone therapy, with an upper limit below 1
 * when the record gives an interval: a null result is not shown as a benefit).
 */
function fractureBenefit(use: ParseRecord['components'][number], trials: Trials): ShownBenefit | undefined {
  const trialId = (use.name === 'AbsoluteRisk' ? use.props.trial : use.name === 'TrialTable' ? use.props.id : undefined)?.text;
  if (trialId === undefined) return undefined;
  const trial = trials.get(trialId);
  if (!trial) return undefined;
  const active = new Map(trial.arms.filter((arm) => !INACTIVE_INTERVENTIONS.has(arm.intervention)).map((arm) => [arm.id, arm.intervention]));
  const outcome = use.name === 'AbsoluteRisk' ? use.props.outcome?.text : undefined;
  const shown = outcome !== undefined ? [outcome] : [...FRACTURES];
  const benefits = trial.outcomes.filter((o) => {
    if (!FRACTURES.has(o.site) || !shown.includes(o.site) || !active.has(o.arm) || o.versus === undefined || o.estimate >= 1) return false;
    // Hormone therapy: any ratio below 1 (its harms travel with every fracture number shown). Other
    // treatments: a ratio whose interval excludes no difference, or that has no interval.
    return HORMONE_THERAPY_INTERVENTIONS.has(active.get(o.arm)!) || o.ci === undefined || o.ci[1] < 1;
  });
  // A hormone-therapy benefit is reported as such even when the trial has other active arms.
  const benefit = benefits.find((o) => HORMONE_THERAPY_INTERVENTIONS.has(active.get(o.arm)!)) ?? benefits[0];
  if (!benefit) return undefined;
  const hormoneTherapy = HORMONE_THERAPY_INTERVENTIONS.has(active.get(benefit.arm)!);
  return { trial: trialId, site: benefit.site, treatment: hormoneTherapy ? 'hormone therapy' : active.get(benefit.arm)!, hormoneTherapy };
}

/**
 * Sections whose components show a treatment's fracture benefit in a trial
 * (an absolute-risk widget, a trial table) without the harms counted in that
 * trial: every harm claim that lists the trial in `trials`. A component shows
 * one trial, so "the same source" here is the same trial's participants.
 * When no harm of the trial is recorded in numbers:
 * - a hormone-therapy trial is a problem (its harms are known and must be
 *   recorded before its benefit is shown);
 * - for another treatment, the section cites every statement claim listing
 *   the trial, the record that says what the source we read gives on harms
 *   (for example "the abstract reports adverse events only in words") so the
 *   number is not handed over as if it had no harms; a trial that no claim
 *   lists at all is a problem.
 */
export function trialBenefitHarmProblems(record: ParseRecord, claims: Claims, trials: Trials): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listing = (trial: string, kind: ClaimRecord['kind']) => [...claims.entries()].filter(([, claim]) => claim.kind === kind && claim.trials?.includes(trial)).map(([id]) => id);
  for (const unit of sectionUnits(record)) {
    const cited = new Set(record.claims.filter((use) => use.line >= unit.from && use.line < unit.to).map((use) => use.id));
    const where = unit.id === null ? 'The text before the first section' : `Section #${unit.id}`;
    for (const use of record.components.filter((c) => c.line >= unit.from && c.line < unit.to)) {
      const shown = fractureBenefit(use, trials);
      if (!shown) continue;
      const what = `${where} shows the ${shown.site} benefit of ${shown.treatment} in trial "${shown.trial}" (<${use.name}>)`;
      const harms = listing(shown.trial, 'harm');
      const statements = shown.hormoneTherapy || harms.length > 0 ? [] : listing(shown.trial, 'statement');
      if (harms.length === 0 && statements.length === 0) {
        problems.push({
          file: record.file,
          line: use.line,
          message: shown.hormoneTherapy
            ? `${what}, but no harm claim in content/claims/ lists that trial, so its harms cannot be cited.`
            : `${what}, but no claim in content/claims/ lists that trial, so nothing on its harms can be cited.`,
          hint: shown.hormoneTherapy
            ? `Record the harms this trial counted as claims with \`trials: [${shown.trial}]\` (content/claims/*.yaml) and cite them in this section, or show a trial whose harms are recorded.`
            : `Record the harms this trial counted as harm claims with \`trials: [${shown.trial}]\` and cite them in this section; if the source you read gives none in numbers, record a statement claim with \`trials: [${shown.trial}]\` that says so (and what it says in words) and cite that.`,
        });
        continue;
      }
      const missing = (harms.length > 0 ? harms : statements).filter((id) => !cited.has(id));
      if (missing.length === 0) continue;
      const ids = missing.map((id) => `"${id}"`).join(', ');
      problems.push({
        file: record.file,
        line: use.line,
        message: harms.length > 0 ? `${what} but not the harms counted in the same trial: ${ids}.` : `${what} but not the record of what is known of that trial's harms (none in numbers): ${ids}.`,
        hint: `${harms.length > 0 ? 'State each harm' : 'Cite it'} in the same section with <Claim id="…" /> (${missing.join(', ')}), so that its link, QR code and print view carry the harms with the benefit.`,
      });
    }
  }
  return problems;
}

/** Trial ids in claims' `trials` lists that are not trial records. */
export function unknownClaimTrialProblems(claims: ReadonlyMap<string, Pick<ClaimRecord, 'trials' | 'file' | 'index' | 'line' | 'fieldLines'>>, trials: Trials): ContentProblem[] {
  return [...claims.entries()].flatMap(([id, claim]) =>
    claim.trials
      .filter((trial) => !trials.has(trial))
      .map((trial) => ({
        file: claim.file,
        line: claim.fieldLines.trials ?? claim.line,
        field: `claims[${claim.index}].trials`,
        message: `Claim "${id}": trial "${trial}" is not a record in content/trials/.`,
        hint: `${didYouMean(trial, trials.keys())} List the ids of content/trials/<id>.yaml whose participants the claim counts.`,
      })),
  );
}

/** Every claim check over every parsed article; with `trials`, also the trial-benefit pairing and the claims' trial ids. */
export function checkClaims(records: readonly ParseRecord[], claims: Claims, trials?: Trials): ContentProblem[] {
  const perRecord = records.flatMap((record) => [
    ...unknownClaimProblems(record, claims),
    ...bareCertaintyProblems(record),
    ...pairedHarmProblems(record, claims),
    ...(trials ? trialBenefitHarmProblems(record, claims, trials) : []),
  ]);
  return perRecord;
}
