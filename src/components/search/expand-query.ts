import { distance } from 'fastest-levenshtein';

/** At most this many searches run for one query (the reader's words plus rewrites). */
export const MAX_VARIANTS = 6;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole-word, case-insensitive pattern (a hyphen or space between its words matches either). */
const phrasePattern = (phrase: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.split(/[\s-]+/).map(escape).join('[\\s-]+')}(?=$|[^\\p{L}\\p{N}])`, 'iu');

/**
 * The searches to run for a query, best first: the query in the site's own
 * words (each vocabulary phrase it contains replaced by the first phrase of
 * its group, content/search-vocabulary.yaml: "clots" → "venous
 * thromboembolism", "T score" → "t-score"), then the reader's own words, then
 * every other phrase of each group. The longest phrase of a group found in
 * the query is the one replaced. Returns at most `max` distinct, lower-cased
 * searches.
 */
export function queryVariants(query: string, groups: readonly (readonly string[])[], max = MAX_VARIANTS): string[] {
  const own = query.trim().toLowerCase();
  let canonical = own;
  let variants = [own];
  for (const group of groups) {
    const found = [...group].sort((a, b) => b.length - a.length).find((phrase) => phrasePattern(phrase).test(own));
    if (!found) continue;
    const pattern = phrasePattern(found);
    const swap = (text: string, alternative: string) => text.replace(pattern, (_, before: string) => `${before}${alternative.toLowerCase()}`);
    canonical = swap(canonical, group[0]!);
    variants = variants.flatMap((variant) => group.map((alternative) => swap(variant, alternative)));
  }
  return [...new Set([canonical, own, ...variants])].slice(0, max);
}

/**
 * "Did you mean …?": for each word of a query that found nothing, the closest
 * known word within an edit distance of 2 (1 for words of up to 5 letters),
 * or undefined when no word of the query is close to a known one or the
 * suggestion would be the query itself.
 */
export function suggestQuery(query: string, known: readonly string[]): string | undefined {
  const words = known.map((word) => word.toLowerCase());
  let changed = false;
  const suggested = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      if (word.length < 4 || words.includes(word)) return word;
      const limit = word.length <= 5 ? 1 : 2;
      let best: { word: string; d: number } | undefined;
      for (const candidate of words) {
        const d = distance(word, candidate);
        if (d <= limit && (!best || d < best.d)) best = { word: candidate, d };
      }
      if (!best) return word;
      changed = true;
      return best.word;
    })
    .join(' ');
  return changed ? suggested : undefined;
}
