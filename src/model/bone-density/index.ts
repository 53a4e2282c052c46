/** T-scores, WHO categories and their explanations; see each file for sources. */
export { BONE_DENSITY_SITES, SEXES, YOUNG_ADULT_REFERENCE, youngAdultReference, type BmdReference, type BoneDensitySite, type Sex } from './reference-data';
export { PLAUSIBLE_BMD, assertPlausibleBmd } from './bmd-input';
export { tScore } from './t-score';
export { zScore, zScoreFromReference, ReferenceDataUnavailableError } from './z-score';
export { WHO_CATEGORIES, NORMAL_AT_OR_ABOVE, OSTEOPOROSIS_AT_OR_BELOW, whoCategory, type WhoCategory } from './who-category';
export { CATEGORY_EXPLANATIONS, explainCategory } from './category-explanations';
