/**
 * Certainty of evidence, in GRADE wording (Balshem H et al. GRADE guidelines:
 * 3. Rating the quality of evidence. J Clin Epidemiol 2011;64:401–6), plus
 * "insufficient" for claims with no trial evidence in people at all.
 */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very-low', 'insufficient'] as const;
export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];

export const CERTAINTY_LABELS: Record<CertaintyLevel, string> = {
  high: 'High certainty',
  moderate: 'Moderate certainty',
  low: 'Low certainty',
  'very-low': 'Very low certainty',
  insufficient: 'No trial evidence',
};

/** What each level means, as GRADE defines it (Balshem 2011, table 2), in our words. */
export const CERTAINTY_MEANINGS: Record<CertaintyLevel, string> = {
  high: 'The true effect is very probably close to the estimate; new studies are unlikely to move it much.',
  moderate: 'The true effect is probably close to the estimate, though it could turn out to be quite different.',
  low: 'The estimate is a guide only: the true effect could easily be quite different.',
  'very-low': 'The estimate is highly uncertain: the true effect is probably quite different from it.',
  insufficient: 'No randomized trial or reliable study in people has tested this claim; it rests on laboratory or animal work, anecdote or marketing.',
};
