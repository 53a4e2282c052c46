import { levelOfPath } from '../content/levels';

/**
 * The address of the evidence-profile row a claim states (`profileRow:
 * <question>#<outcome-id>`), as `<Claim>` and `<Certainty claim>` link it:
 * `/evidence/<question>/#<outcome-id>` at Intermediate and Academic depth
 * (pages and their print views), nothing at Fundamentals depth, whose
 * readers get the label and the source only (the profile is a GRADE table of
 * ratios and intervals), and nothing for a claim without a row.
 */
export function profileRowHref(profileRow: string | undefined, pathname: string): string | undefined {
  const [profile, outcome] = profileRow?.split('#') ?? [];
  if (!profile || !outcome || levelOfPath(pathname) === 'fundamentals') return undefined;
  return `/evidence/${profile}/#${outcome}`;
}
