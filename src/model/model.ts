// The pharmacology model: PK (exact) → NMDA block (mean field) → cascade, stepped with a fixed
// dt in minutes, plus precomputed trajectories the app samples every frame.
import { createCascadeState, resetCascadeState, stepCascade, type CascadeState } from './cascade';
import {
  OPEN_PROBABILITY,
  createBlockState,
  racemateR,
  racemateS,
  stepBlock,
  totalBlock,
  type BlockState,
} from './nmdaBlock';
import {
  microMToNgPerMl,
  ngPerMlToMicroM,
  pkParameters,
  plasmaConcentrationWith,
  type PkParameters,
} from './pharmacokinetics';
import { createRng, type Rng } from './rng';
import { createModelState, type ModelState, type ModelVariable, type Regimen } from './types';

/** Default model step, minutes. */
export const DEFAULT_DT_MIN = 0.2;
/** Default simulated span: 14 days, minutes. */
export const DEFAULT_END_MIN = 20160;

/** Every ModelState variable, in storage order. */
export const MODEL_VARIABLES: readonly ModelVariable[] = [
  'plasmaNgPerMl',
  'plasmaMicroM',
  'blockInterneuron',
  'blockPyramidal',
  'interneuronActivity',
  'pyramidalActivity',
  'glutamate',
  'ampaDrive',
  'bdnf',
  'mtor',
  'spineDensity',
];

export interface ModelOptions {
  regimen: Regimen;
  /** seed of the model's RNG (the mean-field model itself is deterministic) */
  seed?: number;
}

export interface Model {
  readonly regimen: Regimen;
  readonly seed: number;
  /** current state; updated in place by step() */
  readonly state: ModelState;
  /** seeded RNG owned by this model, for stochastic views (e.g. ChannelEnsemble seeds) */
  readonly rng: Rng;
  /** advances the model by dtMin minutes (use a fixed dt for reproducible runs) */
  step(dtMin: number): void;
  /** back to t = 0, drug-free baseline, RNG re-seeded */
  reset(): void;
}

/** Plasma level treated as zero once dosing is over, µM (2.4e-7 ng/mL; saves stepping time). */
const WASHED_OUT_MICROM = 1e-9;
/** Block fraction treated as zero at the same time. */
const WASHED_OUT_BLOCK = 1e-9;

export function createModel(opts: ModelOptions): Model {
  const regimen: Regimen = { ...opts.regimen };
  const seed = opts.seed ?? 1;
  const pk: PkParameters = pkParameters(regimen.weightKg);
  const rng = createRng(seed);
  const state = createModelState();
  const blockI: BlockState = createBlockState();
  const blockP: BlockState = createBlockState();
  const cascade: CascadeState = createCascadeState();
  /** plasma concentration at state.tMin, µM (kept here so callers editing `state` cannot skew it) */
  let cNow = 0;
  /** minutes since dosing (the source of truth; state.tMin mirrors it) */
  let tNow = 0;
  /** set once the drug and its block have fallen below WASHED_OUT_*; PK and block then stop */
  let washedOut = false;
  const doseEndMin = regimen.kind === 'infusion' ? Math.max(0, regimen.durationMin) : 0;

  function writeState(cMicroM: number): void {
    state.plasmaNgPerMl = microMToNgPerMl(cMicroM);
    state.plasmaMicroM = cMicroM;
    state.blockInterneuron = totalBlock(blockI);
    state.blockPyramidal = totalBlock(blockP);
    state.interneuronActivity = cascade.interneuron;
    state.pyramidalActivity = cascade.pyramidal;
    state.glutamate = cascade.glutamate;
    state.ampaDrive = cascade.ampa;
    state.bdnf = cascade.bdnf;
    state.mtor = cascade.mtor;
    state.spineDensity = cascade.spine;
  }

  function reset(): void {
    tNow = 0;
    washedOut = false;
    state.tMin = 0;
    blockI.s = blockI.r = 0;
    blockP.s = blockP.r = 0;
    resetCascadeState(cascade);
    rng.setState(createRng(seed).getState());
    cNow = ngPerMlToMicroM(plasmaConcentrationWith(pk, regimen, 0));
    writeState(cNow);
  }

  function step(dtMin: number): void {
    if (!(dtMin > 0)) return;
    // Brain concentration taken equal to plasma (illustrative: no effect-site delay), averaged
    // over the step (trapezoid of the exact start and end values; a bolus step starts at C0).
    if (!washedOut) {
      const cEnd = ngPerMlToMicroM(plasmaConcentrationWith(pk, regimen, tNow + dtMin));
      const cMid = (cNow + cEnd) / 2;
      cNow = cEnd;
      const cS = racemateS(cMid);
      const cR = racemateR(cMid);
      stepBlock(blockI, cS, cR, OPEN_PROBABILITY.interneuron, dtMin);
      stepBlock(blockP, cS, cR, OPEN_PROBABILITY.pyramidal, dtMin);
      if (
        tNow + dtMin > doseEndMin &&
        cEnd < WASHED_OUT_MICROM &&
        totalBlock(blockI) < WASHED_OUT_BLOCK &&
        totalBlock(blockP) < WASHED_OUT_BLOCK
      ) {
        // After dosing the concentration only falls: from here on it and the block are zero.
        washedOut = true;
        cNow = 0;
        blockI.s = blockI.r = blockP.s = blockP.r = 0;
      }
    }
    stepCascade(cascade, totalBlock(blockI), totalBlock(blockP), dtMin);
    tNow += dtMin;
    state.tMin = tNow;
    writeState(cNow);
  }

  reset();
  return { regimen, seed, state, rng, step, reset };
}

// ---------------------------------------------------------------------------------------------
// Trajectories

export interface SimulateOptions {
  /** end of the simulation, minutes (default 14 days) */
  endMin?: number;
  /** fixed step, minutes (default DEFAULT_DT_MIN) */
  dtMin?: number;
}

export interface Trajectory {
  readonly regimen: Regimen;
  readonly startMin: number;
  readonly endMin: number;
  readonly dtMin: number;
  /** stored sample times, minutes (increasing); do not modify */
  readonly times: Float64Array;
  /** stored states, MODEL_VARIABLES.length values per time in that order; do not modify */
  readonly values: Float64Array;
  /** bytes held by the stored samples */
  readonly byteLength: number;
  /** state at tMin (clamped to the range), linearly interpolated into `out`. No allocation. */
  sample(tMin: number, out: ModelState): void;
  /** one variable at the given times (allocates the result; for charts) */
  series(variable: ModelVariable, times: ArrayLike<number>): Float64Array;
}

/** Sample spacing by model time: dense early (fast PK and block), sparse over days. */
const GRID: readonly { untilMin: number; spacingMin: number }[] = [
  { untilMin: 360, spacingMin: 0.2 },
  { untilMin: 2880, spacingMin: 2 },
  { untilMin: Infinity, spacingMin: 15 },
];

function spacingAt(tMin: number): number {
  for (const g of GRID) if (tMin < g.untilMin) return g.spacingMin;
  return GRID[GRID.length - 1]?.spacingMin ?? 15;
}

const NV = MODEL_VARIABLES.length;

export function simulate(regimen: Regimen, opts: SimulateOptions = {}): Trajectory {
  const dt = opts.dtMin !== undefined && opts.dtMin > 0 ? opts.dtMin : DEFAULT_DT_MIN;
  const end = opts.endMin !== undefined && opts.endMin > 0 ? opts.endMin : DEFAULT_END_MIN;
  const nSteps = Math.max(1, Math.ceil(end / dt - 1e-9));
  // Upper bound on the number of samples, trimmed at the end.
  let cap = 2;
  let from = 0;
  for (const g of GRID) {
    const to = Math.min(end, g.untilMin);
    if (to > from) cap += Math.ceil((to - from) / Math.max(dt, g.spacingMin)) + 1;
    from = Math.max(from, to);
  }
  const times = new Float64Array(cap);
  const values = new Float64Array(cap * NV);
  const model = createModel({ regimen });
  const s = model.state;
  let n = 0;
  const record = () => {
    times[n] = s.tMin;
    const o = n * NV;
    for (let v = 0; v < NV; v++) values[o + v] = s[MODEL_VARIABLES[v] as ModelVariable];
    n++;
  };
  record();
  let nextK = Math.max(1, Math.round(spacingAt(0) / dt));
  for (let k = 1; k <= nSteps; k++) {
    const h = k === nSteps ? end - (nSteps - 1) * dt : dt;
    model.step(h);
    if (k === nSteps) s.tMin = end; // no accumulated rounding at the end
    if (k === nextK || k === nSteps) {
      record();
      nextK = k + Math.max(1, Math.round(spacingAt(k * dt) / dt));
    }
  }
  return makeTrajectory({ ...regimen }, dt, times.slice(0, n), values.slice(0, n * NV));
}

function makeTrajectory(
  regimen: Regimen,
  dtMin: number,
  times: Float64Array,
  values: Float64Array,
): Trajectory {
  const n = times.length;
  const startMin = times[0] ?? 0;
  const endMin = times[n - 1] ?? 0;

  /** index i with times[i] <= t < times[i + 1] (clamped so i + 1 is valid when n > 1) */
  function locate(t: number): number {
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] ?? 0) <= t) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  function sample(tMin: number, out: ModelState): void {
    const t = Number.isFinite(tMin) ? Math.min(endMin, Math.max(startMin, tMin)) : startMin;
    const i = locate(t);
    const j = Math.min(n - 1, i + 1);
    const t0 = times[i] ?? 0;
    const t1 = times[j] ?? t0;
    const w = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
    const a = i * NV;
    const b = j * NV;
    for (let v = 0; v < NV; v++) {
      const x0 = values[a + v] ?? 0;
      const x1 = values[b + v] ?? x0;
      out[MODEL_VARIABLES[v] as ModelVariable] = x0 + (x1 - x0) * w;
    }
    out.tMin = t;
  }

  function series(variable: ModelVariable, at: ArrayLike<number>): Float64Array {
    const k = MODEL_VARIABLES.indexOf(variable);
    const res = new Float64Array(at.length);
    for (let m = 0; m < at.length; m++) {
      const t0 = at[m] ?? 0;
      const t = Number.isFinite(t0) ? Math.min(endMin, Math.max(startMin, t0)) : startMin;
      const i = locate(t);
      const j = Math.min(n - 1, i + 1);
      const ti = times[i] ?? 0;
      const tj = times[j] ?? ti;
      const w = tj > ti ? (t - ti) / (tj - ti) : 0;
      const x0 = values[i * NV + k] ?? 0;
      const x1 = values[j * NV + k] ?? x0;
      res[m] = x0 + (x1 - x0) * w;
    }
    return res;
  }

  return {
    regimen,
    startMin,
    endMin,
    dtMin,
    times,
    values,
    byteLength: times.byteLength + values.byteLength,
    sample,
    series,
  };
}

// ---------------------------------------------------------------------------------------------
// Cache for the app: a small LRU of full-length trajectories keyed by regimen.

const CACHE_SIZE = 6;
const cache = new Map<string, Trajectory>();

function regimenKey(r: Regimen): string {
  return r.kind === 'infusion'
    ? `i|${r.doseMgPerKg}|${r.durationMin}|${r.weightKg}`
    : `b|${r.doseMgPerKg}|${r.weightKg}`;
}

// Last hit, so the per-frame call with an unchanged regimen neither builds a key nor allocates.
let lastRegimen: Regimen | null = null;
let lastTrajectory: Trajectory | null = null;

function sameRegimen(a: Regimen, b: Regimen): boolean {
  if (a.kind !== b.kind || a.doseMgPerKg !== b.doseMgPerKg || a.weightKg !== b.weightKg) {
    return false;
  }
  return a.kind === 'bolus' || (b.kind === 'infusion' && a.durationMin === b.durationMin);
}

/**
 * A trajectory from samples simulated elsewhere (a Web Worker's simulate(): its times and
 * values arrays, transferred). Throws when the arrays do not fit together.
 */
export function trajectoryFromSamples(
  regimen: Regimen,
  dtMin: number,
  times: Float64Array,
  values: Float64Array,
): Trajectory {
  if (times.length === 0 || values.length !== times.length * NV) {
    throw new Error(
      `trajectory samples do not fit: ${times.length} times, ${values.length} values`,
    );
  }
  return makeTrajectory({ ...regimen }, dtMin, times, values);
}

/**
 * The regimen's trajectory if it is already cached, else null (never simulates). With the
 * regimen of the last call it neither builds a key nor allocates (safe per frame).
 */
export function peekTrajectory(regimen: Regimen): Trajectory | null {
  if (lastTrajectory && lastRegimen && sameRegimen(regimen, lastRegimen)) return lastTrajectory;
  if (!cache.has(regimenKey(regimen))) return null;
  return getTrajectory(regimen);
}

/** Puts a full-length trajectory computed elsewhere into the cache, for getTrajectory. */
export function cacheTrajectory(traj: Trajectory): void {
  const key = regimenKey(traj.regimen);
  if (cache.has(key)) return;
  remember(key, traj);
}

/** The 14-day trajectory of a regimen, computed once and cached (LRU of 6). */
export function getTrajectory(regimen: Regimen): Trajectory {
  if (lastTrajectory && lastRegimen && sameRegimen(regimen, lastRegimen)) return lastTrajectory;
  const traj = lookup(regimen);
  lastRegimen = traj.regimen;
  lastTrajectory = traj;
  return traj;
}

function lookup(regimen: Regimen): Trajectory {
  const key = regimenKey(regimen);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const traj = simulate(regimen);
  remember(key, traj);
  return traj;
}

function remember(key: string, traj: Trajectory): void {
  cache.set(key, traj);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
}

/** Empties the trajectory cache (tests). */
export function clearTrajectoryCache(): void {
  cache.clear();
  lastRegimen = null;
  lastTrajectory = null;
}
