import { distance } from 'fastest-levenshtein';

/**
 * The known names closest to `name` by edit distance, for "did you mean"
 * hints. Returns at most `limit` names within an edit distance of a third of the
 * name's length, closest first.
 */
export function nearestNames(name: string, known: Iterable<string>, limit = 3): string[] {
  const threshold = Math.max(2, Math.floor(name.length / 3));
  return [...known]
    .map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ d }) => d <= threshold)
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** A sentence suggesting the nearest known names, or listing a few if none is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const all = [...known];
  const near = nearestNames(name, all);
  if (near.length > 0) return `Did you mean ${near.map((n) => `\`${n}\``).join(', ')}?`;
  if (all.length === 0) return 'There are no known names yet.';
  return `Known names include ${all.slice(0, 5).map((n) => `\`${n}\``).join(', ')}.`;
}
