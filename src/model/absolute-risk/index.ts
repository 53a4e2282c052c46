/** Absolute risks, risk differences, NNT and icon-array counts from relative effects; see each file for sources. */
export { assertBaselineRisk } from './risk-input';
export { RELATIVE_MEASURES, assertRatio, assertRelativeEffect, type RelativeEffect, type RelativeMeasure } from './relative-effect';
export { impliedRisk, riskWithTreatment } from './treated-risk';
export { absoluteEffect, type AbsoluteEffect } from './risk-difference';
export { numberNeededToTreat, type NntResult } from './nnt';
export { formatNnt } from './format-nnt';
export { largestRemainder } from './largest-remainder';
export { ICON_ARRAY_TOTALS, iconArrayCounts, type IconArrayCounts } from './icon-array';
