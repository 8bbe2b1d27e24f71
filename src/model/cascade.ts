// Downstream cascade driven by NMDA block: a chain of first-order stages.
// ILLUSTRATIVE, RODENT TIME COURSE. Every gain and time constant here is chosen to reproduce the
// qualitative rat/mouse findings named below; none is a measured human value.
//   block on interneurons → interneurons slow → pyramidal cells speed up after a delay
//   (pd.disinhibition, rat, MK-801) → glutamate release, an inverted U with dose
//   (pd.glutamate.microdialysis, rat: deep pyramidal block suppresses output and synthesis, and
//   the suppression outlasts the block, so an anaesthetic dose gives a smaller cascade than the
//   antidepressant one) → AMPA drive (pd.ampa.required, mouse) → BDNF
//   (pd.bdnf.eef2, mouse) → mTOR and synaptic proteins (pd.mtor.synapses, rat) → spine density,
//   unchanged at 3–6 h, raised at 12–24 h (pd.spines.modaSava, mouse), raised up to 2 weeks
//   (pd.spines.duration, mouse).

/** Provenance of the cascade, as data (the UI words it). */
export const CASCADE_METADATA = {
  evidence: 'illustrative',
  species: 'rodent',
  timeCourse: 'rodent',
  factIds: [
    'pd.disinhibition',
    'pd.glutamate.microdialysis',
    'pd.ampa.required',
    'pd.bdnf.eef2',
    'pd.mtor.synapses',
    'pd.spines.modaSava',
    'pd.spines.duration',
  ],
} as const;

// Time constants, minutes. All illustrative: chosen to give the rodent orderings named here.
const TAU_INTERNEURON_MIN = 1; // interneuron slows first, pd.disinhibition (illustrative)
const TAU_PYRAMIDAL_MIN = 4; // slower than the interneuron: the delayed rise, pd.disinhibition
const TAU_GLUTAMATE_MIN = 2; // pd.glutamate.microdialysis (illustrative)
const TAU_AMPA_MIN = 5; // pd.ampa.required (illustrative)
const TAU_BDNF_MIN = 30; // pd.bdnf.eef2: "rapid", no time given (illustrative)
const TAU_MTOR_MIN = 45; // pd.mtor.synapses: "rapidly", no time given (illustrative)
/** Hidden synaptic-protein stages between mTOR and spines; the chain makes the delay to
 * 12–24 h (pd.spines.modaSava, mouse; illustrative count and time constant). */
export const SYNAPTIC_STAGES = 16;
const TAU_SYNAPTIC_MIN = 25;
/** Spine return to baseline: still raised at 7 d, near baseline after 14+ d (pd.spines.duration,
 * mouse; illustrative). */
const TAU_SPINE_DECAY_MIN = 5 * 1440;

// Gains (all illustrative).
/** Share of the interneuron's tonic drive carried by NMDA receptors (pd.disinhibition; illustrative). */
const G_INTERNEURON = 0.9;
/** Pyramidal speed-up per unit of lost inhibition (pd.disinhibition; illustrative). */
const G_DISINHIBITION = 1.5;
/** Pyramidal block at which its own NMDA loss halves its output (Hill coefficient 8 below): this
 * makes glutamate an inverted U with dose, up at sub-anaesthetic and down at anaesthetic block
 * (pd.glutamate.microdialysis, rat; illustrative). */
const PYRAMIDAL_BLOCK_HALF = 0.8;
/** Recovery from deep (anaesthetic) block, min: the suppression it causes outlasts the block, so
 * an anaesthetic dose lowers glutamate and does not rebound into the biggest surge as the drug
 * falls (pd.glutamate.microdialysis: 200 mg/kg decreased glutamate outflow, rat; the time
 * constant is illustrative). Sub-anaesthetic block barely engages it. */
const TAU_SUPPRESSION_RECOVERY_MIN = 240;
/** BDNF per unit of extra AMPA drive (pd.ampa.required; illustrative). */
const G_BDNF_AMPA = 1;
/** BDNF per unit of pyramidal NMDA block at rest, via eEF2 (pd.bdnf.eef2; illustrative). */
const G_BDNF_EEF2 = 0.3;
/** mTOR per unit of extra BDNF (pd.mtor.synapses; illustrative). */
const G_MTOR = 1;
/** Spine formation rate per unit of (saturating) synaptic-protein drive, 1/min (illustrative). */
const G_SPINE_PER_MIN = 0.0014;
/** Synaptic-protein excess at which spine formation is half its linear value (illustrative). */
const SPINE_DRIVE_SATURATION = 1;

export interface CascadeState {
  interneuron: number;
  pyramidal: number;
  glutamate: number;
  ampa: number;
  bdnf: number;
  mtor: number;
  /** suppression of pyramidal output and activity-dependent synthesis by deep block, 0..1 */
  suppression: number;
  /** hidden synaptic-protein stages, relative to baseline */
  synaptic: Float64Array;
  spine: number;
}

export function createCascadeState(): CascadeState {
  const c: CascadeState = {
    interneuron: 1,
    pyramidal: 1,
    glutamate: 1,
    ampa: 1,
    bdnf: 1,
    mtor: 1,
    suppression: 0,
    synaptic: new Float64Array(SYNAPTIC_STAGES),
    spine: 1,
  };
  resetCascadeState(c);
  return c;
}

export function resetCascadeState(c: CascadeState): void {
  c.interneuron = 1;
  c.pyramidal = 1;
  c.glutamate = 1;
  c.ampa = 1;
  c.bdnf = 1;
  c.mtor = 1;
  c.suppression = 0;
  c.synaptic.fill(1);
  c.spine = 1;
}

export function copyCascadeState(from: CascadeState, to: CascadeState): void {
  to.interneuron = from.interneuron;
  to.pyramidal = from.pyramidal;
  to.glutamate = from.glutamate;
  to.ampa = from.ampa;
  to.bdnf = from.bdnf;
  to.mtor = from.mtor;
  to.suppression = from.suppression;
  to.synaptic.set(from.synaptic);
  to.spine = from.spine;
}

/** Suppression (0..1) that a pyramidal block produces at steady state: Hill 8, half at 0.8. */
export function deepBlockSuppression(blockPyramidal: number): number {
  const u = Math.max(0, blockPyramidal) / PYRAMIDAL_BLOCK_HALF;
  const u2 = u * u;
  const u4 = u2 * u2;
  const x = u4 * u4; // Hill coefficient 8, written out because this runs every step
  return x / (1 + x);
}

/**
 * Steady-state pyramidal output for a given interneuron activity and suppression, relative.
 * Zero block gives exactly 1; deep block silences the cell whatever the disinhibition.
 */
export function pyramidalTarget(interneuron: number, suppression: number): number {
  const disinhibition = 1 + G_DISINHIBITION * Math.max(0, 1 - interneuron);
  return disinhibition * (1 - Math.min(1, Math.max(0, suppression)));
}

// Decay factors e^(−dt/τ) for the last dt, cached so stepping allocates and exponentiates little.
let cachedDt = NaN;
let fInter = 0;
let fPyr = 0;
let fGlu = 0;
let fAmpa = 0;
let fBdnf = 0;
let fMtor = 0;
let fSyn = 0;
let fSpine = 0;
let fSuppress = 0;

function updateFactors(dt: number): void {
  cachedDt = dt;
  fInter = Math.exp(-dt / TAU_INTERNEURON_MIN);
  fPyr = Math.exp(-dt / TAU_PYRAMIDAL_MIN);
  fGlu = Math.exp(-dt / TAU_GLUTAMATE_MIN);
  fAmpa = Math.exp(-dt / TAU_AMPA_MIN);
  fBdnf = Math.exp(-dt / TAU_BDNF_MIN);
  fMtor = Math.exp(-dt / TAU_MTOR_MIN);
  fSyn = Math.exp(-dt / TAU_SYNAPTIC_MIN);
  fSpine = Math.exp(-dt / TAU_SPINE_DECAY_MIN);
  fSuppress = Math.exp(-dt / TAU_SUPPRESSION_RECOVERY_MIN);
}

/** x relaxes toward target with decay factor f = e^(−dt/τ) (exact for a constant target). */
function relax(x: number, target: number, f: number): number {
  return target + (x - target) * f;
}

/**
 * Advances the cascade by dtMin given the NMDA block (0..1) on each cell type. Stages are updated
 * upstream first, each using its input's new value. No allocation.
 */
export function stepCascade(
  c: CascadeState,
  blockInterneuron: number,
  blockPyramidal: number,
  dtMin: number,
): void {
  if (!(dtMin > 0)) return;
  if (dtMin !== cachedDt) updateFactors(dtMin);
  c.interneuron = relax(c.interneuron, 1 - G_INTERNEURON * blockInterneuron, fInter);
  // Suppression follows deeper block at once and recovers slowly (TAU_SUPPRESSION_RECOVERY_MIN).
  const sup = deepBlockSuppression(blockPyramidal);
  c.suppression = sup >= c.suppression ? sup : relax(c.suppression, sup, fSuppress);
  c.pyramidal = relax(c.pyramidal, pyramidalTarget(c.interneuron, c.suppression), fPyr);
  c.glutamate = relax(c.glutamate, c.pyramidal, fGlu);
  c.ampa = relax(c.ampa, c.glutamate, fAmpa);
  // Synthesis is activity-dependent: a cell silenced by deep block makes no extra BDNF.
  const active = 1 - c.suppression;
  const bdnfTarget =
    1 + (G_BDNF_AMPA * Math.max(0, c.ampa - 1) + G_BDNF_EEF2 * blockPyramidal) * active;
  c.bdnf = relax(c.bdnf, bdnfTarget, fBdnf);
  c.mtor = relax(c.mtor, 1 + G_MTOR * (c.bdnf - 1), fMtor);
  let input = c.mtor;
  const syn = c.synaptic;
  for (let i = 0; i < syn.length; i++) {
    const v = relax(syn[i] ?? 1, input, fSyn);
    syn[i] = v;
    input = v;
  }
  // dS/dt = G·drive − (S − 1)/τ  ⇒  target 1 + G·τ·drive
  // Formation saturates, so a larger dose does not add spines in proportion.
  const excess = Math.max(0, input - 1);
  const drive = excess / (1 + excess / SPINE_DRIVE_SATURATION);
  c.spine = relax(c.spine, 1 + G_SPINE_PER_MIN * TAU_SPINE_DECAY_MIN * drive, fSpine);
}
