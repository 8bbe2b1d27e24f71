// Public API of the pharmacology model (pure TypeScript).
import type { Regimen } from './types';

export type { ModelState, ModelVariable, Regimen } from './types';
export { createModelState } from './types';
export {
  ALPHA_HALF_LIFE_MIN,
  BETA_HALF_LIFE_MIN,
  KETAMINE_HCL_MW_G_PER_MOL,
  KETAMINE_MW_G_PER_MOL,
  baseFromHydrochlorideMg,
  halfLivesMin,
  microMToNgPerMl,
  ngPerMlToMicroM,
  pkParameters,
  plasmaConcentrationNgPerMl,
  plasmaConcentrationWith,
  type PkParameters,
} from './pharmacokinetics';
export {
  CHANNEL_EVENT,
  CHANNEL_KINETICS,
  CHANNEL_STATE,
  ChannelEnsemble,
  KI_R_MICROM,
  KI_S_MICROM,
  OPEN_PROBABILITY,
  PORE_DRUG,
  RACEMATE_S_FRACTION,
  createBlockState,
  equilibriumBlock,
  racemateR,
  racemateS,
  stepBlock,
  totalBlock,
  type BlockState,
  type CellType,
  type ChannelEnsembleOptions,
  type ChannelKinetics,
  type ChannelState,
} from './nmdaBlock';
export {
  BLOCK_SCENARIOS,
  FREE_FRACTION_MIN,
  MG_POTENCY_FACTOR_MAX,
  blockSeries,
  effectiveMicroM,
  type BlockScenario,
} from './blockRange';
export {
  CASCADE_METADATA,
  SYNAPTIC_STAGES,
  createCascadeState,
  pyramidalTarget,
  stepCascade,
  type CascadeState,
} from './cascade';
export { createRng, type Rng } from './rng';
export {
  DEFAULT_DT_MIN,
  DEFAULT_END_MIN,
  MODEL_VARIABLES,
  cacheTrajectory,
  clearTrajectoryCache,
  createModel,
  getTrajectory,
  peekTrajectory,
  simulate,
  trajectoryFromSamples,
  type Model,
  type ModelOptions,
  type SimulateOptions,
  type Trajectory,
} from './model';
export {
  durationParts,
  formatTimeScaleParts,
  type TimeQuantity,
  type TimeScaleParts,
  type TimeUnit,
} from './formatTimeScale';

/** The span the model covers, minutes since the start of dosing (14 days). */
export const MODEL_RANGE_MIN = Object.freeze({ start: 0, end: 20160 });

/** 0.5 mg/kg IV over 40 min in a 70 kg adult. pk.dose.standard */
export const STANDARD_INFUSION: Regimen = Object.freeze({
  kind: 'infusion',
  doseMgPerKg: 0.5,
  durationMin: 40,
  weightKg: 70,
});

/** 2 mg/kg IV bolus in a 70 kg adult (anaesthetic induction, 1–2 mg/kg). pk.conc.anesthesia */
export const ANAESTHETIC_BOLUS: Regimen = Object.freeze({
  kind: 'bolus',
  doseMgPerKg: 2,
  weightKg: 70,
});
