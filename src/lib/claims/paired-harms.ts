import type { ClaimRecord } from './load-claims';

/**
 * The paired harms of every benefit claim among `claimIds`, each once, in
 * the order the benefits are cited: what a hand-off of a section must carry
 * next to the benefits it states.
 */
export function pairedHarmsOf(claimIds: readonly string[], claims: ReadonlyMap<string, ClaimRecord>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const id of claimIds) {
    const claim = claims.get(id);
    if (claim?.kind !== 'benefit') continue;
    for (const harmId of claim.pairedHarms) {
      const harm = claims.get(harmId);
      if (harm && !out.includes(harm)) out.push(harm);
    }
  }
  return out;
}
