/** Meta-analysis: effect sizes, pooling, heterogeneity, sensitivity and small-study checks, absolute effects; see each file for sources. */
export type { StudyEffect } from './studies';
export { fixedEffect, type PooledEstimate } from './fixed-effect';
export { randomEffects, predictionInterval, estimateTau2, type RandomEffectsOptions, type RandomEffectsResult, type Tau2Method, type RandomEffectsTest } from './random-effects';
export { cochranQ, heterogeneity, type Heterogeneity } from './heterogeneity';
export { studyFromRatioInterval } from './from-ratio-interval';
export { pool, poolingOptions, POOLING_METHODS, type PoolingMethod, type PoolingOptions, type PooledFit } from './pool';
export { leaveOneOut, type LeaveOneOutOptions, type LeaveOneOutRow } from './leave-one-out';
export { eggerTest, type EggerTest } from './egger-test';
export { funnelPoints, type FunnelPoints } from './funnel-points';
export { smallStudyCheckApplies, SMALL_STUDY_CHECK_MIN_STUDIES } from './small-study-check';
export { absoluteEffectPer1000, type AbsoluteEffectInput, type AbsoluteEffectPer1000 } from './absolute-effect-per-1000';
