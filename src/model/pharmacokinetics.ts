// Two-compartment IV pharmacokinetics of racemic ketamine, solved analytically (sum of
// exponentials; infusions by superposition), so a concentration at any t is exact.
// Units: doses mg/kg of ketamine BASE, weight kg, time min, volumes L, concentrations ng/mL
// (= µg/L) or µM of base in plasma.
// "Plasma" is one well-mixed pool: the model does not separate arterial from venous blood.
// Kamp et al. 2020 (Anesthesiology 133:1192, doi:10.1097/ALN.0000000000003577) built their
// model on an arterial central compartment with venous delay compartments and found venous-based
// models give much longer context-sensitive half-times; this model has neither, so it does not
// describe the first minutes after a bolus (see tests/unit/model/pk-validation.test.ts).
import type { Regimen } from './types';

/** Ketamine free base, g/mol. pk.mw */
export const KETAMINE_MW_G_PER_MOL = 237.73;
/** Ketamine hydrochloride, g/mol. pk.mw.hcl */
export const KETAMINE_HCL_MW_G_PER_MOL = 274.19;

/**
 * mg of base in mg of hydrochloride salt (× 0.867). US vials state strength as base; trials say
 * "ketamine hydrochloride 0.5 mg/kg" without saying salt or base (pk.dose.saltOrBase). The
 * model takes the dose as base. Were a dose weighed as the salt, every concentration would be
 * 13.3 % lower.
 */
export function baseFromHydrochlorideMg(mgHcl: number): number {
  return (mgHcl * KETAMINE_MW_G_PER_MOL) / KETAMINE_HCL_MW_G_PER_MOL;
}

/** Reference weight the population parameters are given for, kg. pk.vd, pk.clearance */
const REF_WEIGHT_KG = 70;
/** Steady-state volume of distribution V1 + V2, L per 70 kg. pk.vd */
const VSS_L_PER_70KG = 252;
/** Clearance from the central compartment, L/min per 70 kg (79 L/h). pk.clearance */
const CL_L_PER_MIN_PER_70KG = 79 / 60;

// Fit of V1 and k21 (V2 = Vss − V1 and k12 = k21·V2/V1 follow, CL and Vss are fixed above).
// Least squares on three relative errors, grid search V1 10–150 L (0.5 L steps) and
// k21 0.001–0.2 /min (0.0005 steps), against:
//   α half-life 12.5 min (middle of 10–15 min, pk.halfLife.alpha),
//   β half-life 2.75 h (middle of ≈2.5–3 h, pk.halfLife.beta),
//   185 ng/mL at the end of 0.5 mg/kg over 40 min in 70 kg (pk.cmax.antidep).
// Best fit: V1 = 102 L, k21 = 0.019 /min, giving α t½ 12.5 min, β t½ 2.61 h, 188 ng/mL at 40 min,
// and 1370 ng/mL just after a 2 mg/kg bolus (inside 1200–2400 ng/mL, pk.conc.anesthesia).
/** Central volume, L per 70 kg (fitted, see above). */
const V1_L_PER_70KG = 102;
/** Peripheral → central rate constant, 1/min (fitted, see above). Weight-independent. */
const K21_PER_MIN = 0.019;

export interface PkParameters {
  /** central volume, L */
  v1L: number;
  /** peripheral volume, L */
  v2L: number;
  /** clearance, L/min */
  clLPerMin: number;
  /** micro rate constants, 1/min */
  k10: number;
  k12: number;
  k21: number;
  /** macro (hybrid) rate constants, 1/min: alpha > beta */
  alpha: number;
  beta: number;
  /** unit-bolus coefficients: C(t) = dose/V1 · (a·e^(−αt) + b·e^(−βt)), a + b = 1 */
  a: number;
  b: number;
}

/** Parameters for a body weight; volumes and clearance scale linearly with weight. */
export function pkParameters(weightKg: number): PkParameters {
  const w = weightKg > 0 && Number.isFinite(weightKg) ? weightKg / REF_WEIGHT_KG : 1;
  const v1L = V1_L_PER_70KG * w;
  const v2L = (VSS_L_PER_70KG - V1_L_PER_70KG) * w;
  const clLPerMin = CL_L_PER_MIN_PER_70KG * w;
  const k10 = clLPerMin / v1L;
  const k21 = K21_PER_MIN;
  const k12 = (k21 * v2L) / v1L;
  const sum = k10 + k12 + k21;
  const disc = Math.sqrt(sum * sum - 4 * k10 * k21);
  const alpha = (sum + disc) / 2;
  const beta = (sum - disc) / 2;
  const a = (alpha - k21) / (alpha - beta);
  const b = (k21 - beta) / (alpha - beta);
  return { v1L, v2L, clLPerMin, k10, k12, k21, alpha, beta, a, b };
}

const REF_PARAMS = pkParameters(REF_WEIGHT_KG);

/** Distribution (α) half-life, min. Weight-independent because V and CL scale together. */
export const ALPHA_HALF_LIFE_MIN = Math.LN2 / REF_PARAMS.alpha;
/** Elimination (β) half-life, min. */
export const BETA_HALF_LIFE_MIN = Math.LN2 / REF_PARAMS.beta;

export function halfLivesMin(weightKg: number = REF_WEIGHT_KG): { alpha: number; beta: number } {
  const p = weightKg === REF_WEIGHT_KG ? REF_PARAMS : pkParameters(weightKg);
  return { alpha: Math.LN2 / p.alpha, beta: Math.LN2 / p.beta };
}

/** Plasma concentration (ng/mL) with precomputed parameters; no allocation. */
export function plasmaConcentrationWith(p: PkParameters, regimen: Regimen, tMin: number): number {
  if (!(tMin >= 0)) return 0;
  const doseUg = regimen.doseMgPerKg * regimen.weightKg * 1000; // mg → µg; µg/L = ng/mL
  if (!(doseUg > 0)) return 0;
  const { alpha, beta, a, b, v1L } = p;
  if (regimen.kind === 'bolus' || !(regimen.durationMin > 0)) {
    return (doseUg / v1L) * (a * Math.exp(-alpha * tMin) + b * Math.exp(-beta * tMin));
  }
  const rate = doseUg / regimen.durationMin / v1L; // (µg/min)/L
  const T = regimen.durationMin;
  if (tMin <= T) {
    return (
      rate *
      ((a / alpha) * (1 - Math.exp(-alpha * tMin)) + (b / beta) * (1 - Math.exp(-beta * tMin)))
    );
  }
  // After the infusion: each exponential decays from its end-of-infusion value (no cancellation).
  const s = tMin - T;
  return (
    rate *
    ((a / alpha) * (1 - Math.exp(-alpha * T)) * Math.exp(-alpha * s) +
      (b / beta) * (1 - Math.exp(-beta * T)) * Math.exp(-beta * s))
  );
}

/** Plasma ketamine (racemate) at tMin minutes after the start of dosing, ng/mL. */
export function plasmaConcentrationNgPerMl(regimen: Regimen, tMin: number): number {
  const p = regimen.weightKg === REF_WEIGHT_KG ? REF_PARAMS : pkParameters(regimen.weightKg);
  return plasmaConcentrationWith(p, regimen, tMin);
}

/** ng/mL (µg/L) → µM (µmol/L), MW 237.73 g/mol (pk.mw). */
export function ngPerMlToMicroM(ngPerMl: number): number {
  return ngPerMl / KETAMINE_MW_G_PER_MOL;
}

export function microMToNgPerMl(microM: number): number {
  return microM * KETAMINE_MW_G_PER_MOL;
}
