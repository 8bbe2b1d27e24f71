// The regimens the app offers, in one place: the default (the standard infusion) and the range
// the dose control and ?dose= accept (mg/kg over 40 min; pk.dose.standard; eff.fava2020.dose).
import { STANDARD_INFUSION, type Regimen } from '../model';

/** The regimen on load and after Reset all: 0.5 mg/kg IV over 40 min, 70 kg. */
export const DEFAULT_REGIMEN: Regimen = STANDARD_INFUSION;

/** Dose of the explore-mode infusion, mg/kg: bounds and the control's step. */
export const DOSE_RANGE_MG_PER_KG = { min: 0.1, max: 1.0, step: 0.05 } as const;
