// Shared types of the pharmacology model. Pure TypeScript: no React, no three.

/** A dosing regimen. Doses in mg/kg of ketamine base, weight in kg, time in minutes. */
export type Regimen =
  | { kind: 'infusion'; doseMgPerKg: number; durationMin: number; weightKg: number }
  | { kind: 'bolus'; doseMgPerKg: number; weightKg: number };

/**
 * The model's state at one moment. Activities and levels are relative to the
 * pre-dose baseline (1 = baseline) unless a unit is named.
 */
export interface ModelState {
  /** minutes since the start of dosing */
  tMin: number;
  /** plasma ketamine (base, one well-mixed plasma pool), ng/mL */
  plasmaNgPerMl: number;
  /** plasma ketamine, micromolar (MW 237.73, fact pk.mw) */
  plasmaMicroM: number;
  /**
   * fraction (0..1) of NMDA receptors blocked on the tonically active GABA interneuron, in the
   * model's upper scenario (total plasma, no Mg2+ competition; see blockRange.ts): not measured
   */
  blockInterneuron: number;
  /** the same on the pyramidal cell */
  blockPyramidal: number;
  /** interneuron firing, relative to baseline */
  interneuronActivity: number;
  /** pyramidal firing, relative to baseline */
  pyramidalActivity: number;
  /** glutamate release in the PFC, relative to baseline */
  glutamate: number;
  /** AMPA receptor drive, relative to baseline */
  ampaDrive: number;
  /** BDNF release / TrkB signalling, relative to baseline */
  bdnf: number;
  /** mTOR signalling and local protein synthesis, relative to baseline */
  mtor: number;
  /** dendritic spine density, relative to the pre-dose baseline */
  spineDensity: number;
}

export type ModelVariable = Exclude<keyof ModelState, 'tMin'>;

export function createModelState(): ModelState {
  return {
    tMin: 0,
    plasmaNgPerMl: 0,
    plasmaMicroM: 0,
    blockInterneuron: 0,
    blockPyramidal: 0,
    interneuronActivity: 1,
    pyramidalActivity: 1,
    glutamate: 1,
    ampaDrive: 1,
    bdnf: 1,
    mtor: 1,
    spineDensity: 1,
  };
}
