/**
 * Closed vocabularies for trial records. Adding a value here is a deliberate
 * editorial decision: the model and widgets must know how to treat it.
 */
export const ROUTES = ['oral', 'transdermal-patch', 'transdermal-gel', 'vaginal', 'subcutaneous', 'intramuscular', 'intravenous', 'nasal'] as const;
export const DOSE_UNITS = ['mg/day', 'µg/day', 'mg/week', 'µg/week', 'mg/month', 'mg/6 months', 'mg/year', 'IU/day'] as const;
export const FREQUENCIES = ['daily', 'twice weekly', 'weekly', 'monthly', 'every 6 months', 'yearly', 'continuous', 'cyclic'] as const;
export const INTERVENTIONS = [
  'estradiol',
  'conjugated estrogens',
  'estradiol + progestogen',
  'conjugated estrogens + progestogen',
  'raloxifene',
  'alendronate',
  'risedronate',
  'zoledronic acid',
  'denosumab',
  'romosozumab',
  'teriparatide',
  'abaloparatide',
  'conjugated estrogens + bazedoxifene',
  'anastrozole',
  'testosterone',
  'vitamin D',
  'calcium + vitamin D',
  'placebo',
  'no treatment',
] as const;
export const BMD_SITES = ['lumbar spine', 'total hip', 'femoral neck', 'total body', 'distal radius'] as const;
export const FRACTURE_SITES = ['any fracture', 'hip fracture', 'vertebral fracture', 'nonvertebral fracture', 'clinical fracture', 'forearm fracture'] as const;
/** Non-skeletal end points that trials of bone treatments report alongside fractures. */
export const OTHER_END_POINTS = [
  'death, heart failure or myocardial infarction',
  'death from any cause',
  'any cancer',
  'invasive breast cancer',
  'endometrial cancer',
  'coronary heart disease',
  'stroke',
  'fatal stroke',
  'venous thromboembolism',
  'pulmonary embolism',
  'deep vein thrombosis',
  'kidney stones',
  'fall',
  /** Adjudicated serious cardiovascular adverse events, as the trial defines them (e.g. ARCH's romosozumab safety end point). */
  'serious cardiovascular event',
] as const;
export const OUTCOME_SITES = [...BMD_SITES, ...FRACTURE_SITES, ...OTHER_END_POINTS] as const;
/**
 * Effect types. Percent-change effects are in percentage points;
 * ratio effects are unitless and strictly positive.
 */
export const EFFECT_TYPES = [
  'mean percent change',
  'mean percent change difference',
  'risk ratio',
  'hazard ratio',
  'odds ratio',
] as const;
export const RATIO_EFFECTS = new Set<string>(['risk ratio', 'hazard ratio', 'odds ratio']);
export const DESIGNS = ['parallel RCT', 'factorial RCT', 'crossover RCT', 'open-label RCT', 'cohort', 'meta-analysis'] as const;
export const BLINDING = ['double-blind', 'single-blind', 'open-label', 'not reported'] as const;
export const TIME_UNITS = ['weeks', 'months', 'years'] as const;

/** Plausible bounds, used to catch typos such as a missing decimal point. */
export const BOUNDS = {
  /** A mean change in BMD larger than ±30 % in a trial is not physiological. */
  percentChange: 30,
  /** Ratios outside 1/50..50 are almost certainly a transcription error. */
  ratioMin: 0.02,
  ratioMax: 50,
} as const;
