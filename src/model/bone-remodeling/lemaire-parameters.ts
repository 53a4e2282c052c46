/**
 * Parameters of the bone-cell population model of
 * Lemaire V, Tobin FL, Greller LD, Cho CR, Suva LJ. Modeling the interactions
 * between osteoblast and osteoclast activities in bone remodeling.
 * J Theor Biol 2004;229(3):293–309. doi:10.1016/j.jtbi.2004.03.023, PMID 15234198.
 *
 * Units: concentrations in pM, time in days.
 *
 * Sources read for the values (they agree on every value):
 * - [SBML] the curated BioModels encoding BIOMD0000000278
 *   ("Lemaire2004 - Role of RANK/RANKL/OPG pathway in bone remodelling
 *   process"), file lemaire04_addOPG_addRANKL.xml and its SBFC Octave export
 *   BIOMD0000000278.m (mirrored in GitHub sys-bio/temp-biomodels,
 *   original/BIOMD0000000278/);
 * - [bone_models] the Python package of Modiz et al. (GitHub cmodiz/Bone-Models,
 *   bone_models/bone_cell_population_models/parameters/lemaire_parameters.py
 *   and models/lemaire_model.py);
 * - an independent PySB re-implementation "of the computational model
 *   presented in Lemaire et al." (public GitHub; used as a cross-check only).
 * We could not read the paper's own parameter table; every value below is the
 * one the encodings share.
 *
 * Discrepancies between the sources:
 * - Osteoblast differentiation R → B. The paper's nominal rate is 0.7 /day,
 *   but both [SBML] (assignment rule D_B = f0·d_B) and [bone_models] (OBp
 *   "corrected" by f0) use D_B = f0 · 0.7 = 0.035 /day, and only that value
 *   reproduces the published steady state. We keep d_B = 0.7 and apply f0 in
 *   the model, as the SBML does.
 * - Units in [bone_models]'s docstrings differ from the dimensional analysis
 *   of the equations: D_A and d_B are listed as pM/day (they multiply a
 *   concentration, so they are 1/day), K_O^P as pM/day (it is 1/day: pM of
 *   OPG per pM of cells per day), and k4 once as 1/pM (it is 1/day). The
 *   numbers are the same; the units below follow the equations.
 * - [SBML] is the "addOPG_addRANKL" variant (RANKL infused from day 20, OPG
 *   from day 80, reproducing Fig. 2C of the paper); its initial
 *   concentrations are the unperturbed steady state used here as reference.
 */
export interface LemaireParameters {
  /** D_R, pM/day: maximal rate of production of responding osteoblasts from progenitors. */
  readonly DR: number;
  /** d_B, 1/day: nominal differentiation rate of responding → active osteoblasts (effective D_B = f0·d_B). */
  readonly dB: number;
  /** f0, dimensionless: fraction in the TGF-β function π_C = (C + f0·C_s)/(C + C_s); also scales d_B. */
  readonly f0: number;
  /** k_B, 1/day: elimination (apoptosis) rate of active osteoblasts. */
  readonly kB: number;
  /** D_C, pM/day: maximal rate of production of active osteoclasts from precursors. */
  readonly DC: number;
  /** D_A, 1/day: rate of osteoclast apoptosis caused by TGF-β (multiplies π_C·C). */
  readonly DA: number;
  /** C_s, pM: osteoclast concentration giving half-maximal TGF-β effect. */
  readonly Cs: number;
  /** K, pM: fixed concentration of RANK on osteoclast precursors. */
  readonly K: number;
  /** k1, 1/(pM·day): association rate RANKL + OPG. */
  readonly k1: number;
  /** k2, 1/day: dissociation rate of RANKL–OPG. */
  readonly k2: number;
  /** k3, 1/(pM·day): association rate RANKL + RANK. */
  readonly k3: number;
  /** k4, 1/day: dissociation rate of RANKL–RANK. */
  readonly k4: number;
  /** k5, 1/(pM·day): association rate PTH + PTH receptor. */
  readonly k5: number;
  /** k6, 1/day: dissociation rate of PTH–receptor. */
  readonly k6: number;
  /** k_O, 1/day: degradation rate of OPG. */
  readonly kO: number;
  /** k_P, 1/day: degradation rate of PTH. */
  readonly kP: number;
  /** K_L^P, dimensionless (pM RANKL per pM cells): maximal RANKL on active osteoblasts. */
  readonly KLP: number;
  /** K_O^P, 1/day (pM OPG per pM cells per day): minimal OPG production per responding osteoblast. */
  readonly KOP: number;
  /** r_L, pM/day: endogenous RANKL production rate (sets the scale of a RANKL infusion I_L). */
  readonly rL: number;
  /** S_P, pM/day: endogenous PTH production rate. */
  readonly SP: number;
}

/**
 * Published parameter values (Lemaire et al. 2004), as encoded in
 * BIOMD0000000278 and cmodiz/Bone-Models (identical in both; see the module
 * comment for units and discrepancies).
 */
export const LEMAIRE_2004: LemaireParameters = Object.freeze({
  DR: 7e-4,
  dB: 0.7,
  f0: 0.05,
  kB: 0.189,
  DC: 2.1e-3,
  DA: 0.7,
  Cs: 5e-3,
  K: 10,
  k1: 1e-2,
  k2: 10,
  k3: 5.8e-4,
  k4: 1.7e-2,
  k5: 0.02,
  k6: 3,
  kO: 0.35,
  kP: 86,
  KLP: 3e6,
  KOP: 2e5,
  rL: 1e3,
  SP: 250,
});

/**
 * Published steady state (pM) without perturbation: the initial
 * concentrations of R (responding osteoblasts), B (active osteoblasts) and C
 * (active osteoclasts) in BIOMD0000000278 (species R, B, C), which are also
 * the initial values / root-finding guess of cmodiz/Bone-Models
 * (Lemaire_Model.initial_guess_root) and of the PySB port.
 */
export const LEMAIRE_2004_STEADY_STATE = Object.freeze({ R: 7.734e-4, B: 7.282e-4, C: 9.127e-4 });

/**
 * How estrogen acts in the model: an extension, not part of Lemaire 2004.
 *
 * With deficiency d = 1 − e (e ∈ [0, 1], 1 = premenopausal, 0 = none), each
 * effect scales one production or rate linearly:
 * - RANKL production K_L^P × (1 + ranklIncrease · d);
 * - OPG production K_O^P × (1 − opgDecrease · d);
 * - osteoclast apoptosis D_A × (1 − osteoclastApoptosisDecrease · d).
 *
 * Linear in d so that every effect is monotone in e and equals 1 at e = 1,
 * which keeps the published steady state as the estrogen-replete state.
 *
 * Direction of each effect (verified sources):
 * - RANKL: surface RANKL per marrow cell (stromal, T and B cells) was two- to
 *   threefold higher in early postmenopausal women than in premenopausal or
 *   estrogen-treated women [Eghbali-Fatourechi G et al. J Clin Invest
 *   2003;111(8):1221–30, PMID 12697741].
 * - OPG: 17β-estradiol increased OPG expression in cultured human
 *   osteoblasts three- to sevenfold at 24 h [Bord S et al. Bone
 *   2003;32:136–41]; that is in vitro, and we found no in-vivo
 *   estimate of the size, so the effect is kept small.
 * - Osteoclast lifespan: estradiol promoted osteoclast apoptosis two- to
 *   threefold in mice, in vitro and in vivo [Hughes DE et al. Nat Med
 *   1996;2(10):1132, PMID 8837613]; estrogen deficiency therefore lengthens
 *   osteoclast lifespan (lower D_A).
 * Modelling precedent: later models of this family represent
 * postmenopausal osteoporosis through extra RANKL production (Martínez-Reina
 * & Pivonka, Bone 2019;125:87–95, as implemented in cmodiz/Bone-Models:
 * an added, slowly decaying RANKL production term), and Schmidt et al.
 * (J Pharmacokinet Pharmacodyn 2011;38:873–900) simulated estrogen
 * deficiency with the Lemaire model; we did not read their parameter values,
 * so none is taken from them.
 *
 * Magnitudes are ILLUSTRATIVE, not fitted: the in-vitro fold changes above
 * would give far more bone loss than is observed. They were calibrated so that,
 * with the bone-volume turnover assumption of 10 %/year (see
 * BONE_TURNOVER_PERCENT_PER_YEAR), early postmenopausal loss is roughly
 * 1–2 %/year: with ESTROGEN_EFFECTS, about 1.6 %/year at e = 0.1 and
 * 1.8 %/year at e = 0 once the cells have settled (weeks), i.e. about 15 %
 * over the first 10 years of the menopause scenario.
 */
export interface EstrogenEffects {
  /** Fractional increase of RANKL production at e = 0 (dimensionless, ≥ 0). */
  readonly ranklIncrease: number;
  /** Fractional decrease of OPG production at e = 0 (dimensionless, in [0, 1)). */
  readonly opgDecrease: number;
  /** Fractional decrease of the osteoclast apoptosis rate D_A at e = 0 (dimensionless, in [0, 1)). */
  readonly osteoclastApoptosisDecrease: number;
}

/**
 * Default estrogen effects: RANKL production doubles without estrogen (×1.9 at
 * e = 0.1, at the low end of the two- to threefold rise of Eghbali-Fatourechi
 * 2003), OPG production falls 10 %; no effect on osteoclast lifespan.
 * Illustrative magnitudes (see {@link EstrogenEffects}).
 */
export const ESTROGEN_EFFECTS: EstrogenEffects = Object.freeze({
  ranklIncrease: 1,
  opgDecrease: 0.1,
  osteoclastApoptosisDecrease: 0,
});

/**
 * Estrogen effects including the longer osteoclast lifespan without estrogen:
 * D_A falls 10 % at e = 0 (Hughes 1996 give the direction, not this size),
 * and the RANKL effect is reduced to 0.8 so that early loss stays about the
 * same (≈ 1.6 %/year at e = 0.1, 1.8 %/year at e = 0). Illustrative magnitudes.
 *
 * Keep the apoptosis effect small relative to the RANKL effect: longer-lived
 * osteoclasts release more TGF-β, which raises responding osteoblasts and so
 * OPG; with osteoclastApoptosisDecrease = 0.2 and ranklIncrease ≤ 0.8 the
 * steady-state RANKL/OPG ratio is no longer monotone in e (it dips slightly
 * near e = 0). With these values it is monotone (checked in the unit tests).
 */
export const ESTROGEN_EFFECTS_WITH_OSTEOCLAST_APOPTOSIS: EstrogenEffects = Object.freeze({
  ranklIncrease: 0.8,
  opgDecrease: 0.1,
  osteoclastApoptosisDecrease: 0.1,
});

/**
 * Assumed whole-skeleton bone turnover at the estrogen-replete steady state,
 * %/year: the share of bone volume formed (and resorbed) per year. A round
 * modelling assumption (adult remodeling is commonly put at about a tenth of
 * the skeleton per year); it sets the bone-volume constants k_form and k_res
 * and therefore the size of bone-volume changes, not the cell dynamics.
 */
export const BONE_TURNOVER_PERCENT_PER_YEAR = 10;
