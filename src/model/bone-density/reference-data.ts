/**
 * Young-adult reference values for hip T-scores.
 *
 * Source: Looker AC, Wahner HW, Dunn WL, Calvo MS, Harris TB, Heyse SP,
 * Johnston CC Jr, Lindsay R. Updated data on proximal femur bone mineral
 * levels of US adults. Osteoporos Int 1998;8(5):468–489
 * (doi:10.1007/s001980050093, PMID 9850356). NHANES III (1988–94), DXA on
 * Hologic QDR 1000; non-Hispanic white women aged 20–29.
 *
 * Why this reference, for both sexes:
 * - ISCD 2013 Official Positions on normative databases (J Clin Densitom
 *   2013;16(4):472–481, PMID 24076161; abstract seen at
 *   https://suppr.wilddata.cn/browses/detail/pubmed/24076161): "Manufacturers
 *   should continue to use National Health and Nutrition Examination Survey
 *   III data as the reference standard for femoral neck and total hip
 *   T-scores" and "A uniform Caucasian (non-race adjusted) female reference
 *   database should be used to calculate T-scores for men of all ethnic
 *   groups."
 * - RACGP osteoporosis guideline, "Measurement of bone mineral density"
 *   (https://www.racgp.org.au/clinical-resources/clinical-guidelines/guidelines-by-topic/view-all-guidelines-by-topic/chronic-disease/osteoporosis/risk-factors/measurement-of-bone-mineral-density):
 *   "The reference standard from which the T-score is calculated is the
 *   female, White, age 20–29 years, Third National Health and Nutrition
 *   Examination Survey (NHANES III) database, or equivalent".
 * - The PubMed record of Looker 1998 (https://pubmed.ncbi.nlm.nih.gov/9850356/)
 *   confirms the paper, the survey and that the total femur data of
 *   non-Hispanic whites were chosen as the reference for femur
 *   standardization; the abstract itself gives no numbers.
 *
 * Where the numbers were seen. No stored web page (PubMed, PMC, publisher,
 * ISCD, BHOF, FRAX) restating the means and SDs could be found, so they were
 * checked against public analysis code that cites Looker 1998:
 * - Femoral neck 0.858 (SD 0.120): mshardel/PROVIDO-harmonization,
 *   SOF-PROVIDO.sas and HABC-PROVIDO.sas ("Femoral neck T-Score using means
 *   and SDs from Looker (1998)", `(BMD-0.858)/0.120` commented "white women"); and,
 *   independently, a FRAX-input script ("Femoral Neck BMD t-score using
 *   NHANES III reference values for women age 20-29 years",
 *   `(bmd - 0.858) / 0.120`) and Framingham analysis scripts
 *   (`... - 0.858) / 0.120`), whose repositories the code index did not name.
 * - Total hip (Looker's "total femur" region) 0.942 (SD 0.122):
 *   mshardel/PROVIDO-harmonization, AGES-PROVIDO.sas ("Total femur T-Score
 *   using means and SDs from Looker (1998)", `(BMD-0.942)/0.122*(FEMALE=1)`);
 *   and, independently, an NHANES survey analysis in R
 *   (`t_score_tot = (bmd_tot - 0.942) / 0.122`), repository not named.
 *
 * Not used: Looker's young non-Hispanic white *male* means and SDs (femoral
 * neck 0.934/0.137, total femur 1.041/0.144) were seen in only one
 * repository (PROVIDO), so they are unverified; ISCD 2013 uses the female
 * reference for men anyway. Age-band (Z-score) values were not found at all.
 *
 * Units: g/cm², Hologic-scale areal BMD. A BMD from another manufacturer's
 * scanner must be cross-calibrated before these values apply; this module
 * does not convert.
 */

/** Hip regions with a verified NHANES III young-adult reference. */
export const BONE_DENSITY_SITES = ['femoral neck', 'total hip'] as const;
export type BoneDensitySite = (typeof BONE_DENSITY_SITES)[number];

/** Sexes accepted; both use the female reference (ISCD 2013). */
export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** A reference population's mean and standard deviation of BMD, g/cm². */
export interface BmdReference {
  /** Mean areal BMD, g/cm². */
  mean: number;
  /** Standard deviation, g/cm². */
  sd: number;
}

/**
 * NHANES III non-Hispanic white women aged 20–29 (Looker 1998), g/cm².
 * The T-score reference for women and men (ISCD 2013).
 */
export const YOUNG_ADULT_REFERENCE: Readonly<Record<BoneDensitySite, Readonly<BmdReference>>> = {
  'femoral neck': { mean: 0.858, sd: 0.12 },
  'total hip': { mean: 0.942, sd: 0.122 },
};

/**
 * The young-adult reference used for a T-score at a site, for either sex.
 * Throws a RangeError naming the supported values for an unknown site or sex.
 *
 * @example youngAdultReference('femoral neck', 'male') // { mean: 0.858, sd: 0.12 }
 */
export function youngAdultReference(site: BoneDensitySite, sex: Sex): Readonly<BmdReference> {
  assertSite(site);
  assertSex(sex);
  return YOUNG_ADULT_REFERENCE[site];
}

/** Throws a RangeError unless `site` is one of BONE_DENSITY_SITES. */
export function assertSite(site: string): asserts site is BoneDensitySite {
  if (!(BONE_DENSITY_SITES as readonly string[]).includes(site)) {
    throw new RangeError(
      `Unknown BMD site "${site}": supported sites are ${BONE_DENSITY_SITES.map((s) => `"${s}"`).join(' and ')} ` +
        '(the hip regions with a verified NHANES III reference; lumbar spine references are manufacturer-specific).',
    );
  }
}

/** Throws a RangeError unless `sex` is one of SEXES. */
export function assertSex(sex: string): asserts sex is Sex {
  if (!(SEXES as readonly string[]).includes(sex)) {
    throw new RangeError(`Unknown sex "${sex}": supported values are ${SEXES.map((s) => `"${s}"`).join(' and ')}.`);
  }
}
