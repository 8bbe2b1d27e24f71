// NMDA receptor block by ketamine: a deterministic mean-field ODE (minutes) per cell type, and a
// small stochastic ensemble of single channels (milliseconds) for the 3D scene.
//
// Mechanism (qualitative, pd.nmda.trapping; pd.nmda.bindingSite): ketamine is an open-channel
// blocker. It enters and leaves the pore only while the channel is open (use dependence); a
// blocked channel can close with the drug inside and keeps it (trapping). In rat neurons 86% of
// the block stayed trapped after 120 s without agonist, so some drug does leave closed channels;
// this model ignores that escape (pd.nmda.trapping). S- and R-ketamine
// compete for the one pore site (pd.enantiomers.affinity). Rate constants are illustrative; only
// the equilibrium ratios (Ki) come from the fact sheet.
import { createRng, type Rng } from './rng';

/** Ki of (S)-ketamine, µM ([3H]MK-801 binding, rat brain). pd.enantiomers.affinity */
export const KI_S_MICROM = 0.3;
/** Ki of (R)-ketamine, µM. pd.enantiomers.affinity */
export const KI_R_MICROM = 1.4;
/** Racemic ketamine is 50 % (S) and 50 % (R). */
export const RACEMATE_S_FRACTION = 0.5;

/** Blocking rate constant of an open channel, 1/(µM·min) (illustrative). koff = KON · Ki. */
const KON_PER_MICROM_PER_MIN = 2;

/**
 * Time-averaged channel open probability that gates block and unblock in the mean-field model
 * (illustrative). The tonically active interneuron's receptors open often; the pyramidal cell's
 * open rarely at rest because Mg2+ sits in the pore at resting potential.
 */
export const OPEN_PROBABILITY = { interneuron: 0.5, pyramidal: 0.08 } as const;

export type CellType = keyof typeof OPEN_PROBABILITY;

/** Mean-field block of one cell type: fractions of receptors holding S or R ketamine. */
export interface BlockState {
  /** fraction blocked by (S)-ketamine, 0..1 */
  s: number;
  /** fraction blocked by (R)-ketamine, 0..1 */
  r: number;
}

export function createBlockState(): BlockState {
  return { s: 0, r: 0 };
}

/** Total fraction blocked, 0..1. */
export function totalBlock(b: BlockState): number {
  return b.s + b.r;
}

/** Split of a racemic concentration into its enantiomers, µM. */
export function racemateS(cMicroM: number): number {
  return cMicroM * RACEMATE_S_FRACTION;
}
export function racemateR(cMicroM: number): number {
  return cMicroM * (1 - RACEMATE_S_FRACTION);
}

/** Equilibrium occupancy of the single site by S and R together (competitive binding), 0..1. */
export function equilibriumBlock(cSMicroM: number, cRMicroM: number): number {
  const xs = Math.max(0, cSMicroM) / KI_S_MICROM;
  const xr = Math.max(0, cRMicroM) / KI_R_MICROM;
  return (xs + xr) / (1 + xs + xr);
}

/**
 * Advances the block exactly over dtMin for constant concentrations and open probability:
 *   ds/dt = Po·kon·(cS·(1 − s − r) − Ki_S·s),  dr/dt = Po·kon·(cR·(1 − s − r) − Ki_R·r).
 * With Po = 0 nothing changes: blocked channels stay blocked (trapping). No allocation.
 */
export function stepBlock(
  b: BlockState,
  cSMicroM: number,
  cRMicroM: number,
  openProbability: number,
  dtMin: number,
): void {
  const g = Math.max(0, openProbability) * KON_PER_MICROM_PER_MIN;
  if (!(g * dtMin > 0)) return;
  const cS = Math.max(0, cSMicroM);
  const cR = Math.max(0, cRMicroM);
  // Equilibrium point.
  const xs = cS / KI_S_MICROM;
  const xr = cR / KI_R_MICROM;
  const sEq = xs / (1 + xs + xr);
  const rEq = xr / (1 + xs + xr);
  // Deviation d' = A·d with A = −g·[[cS + Ki_S, cS], [cR, cR + Ki_R]].
  const p = -g * (cS + KI_S_MICROM);
  const q = -g * cS;
  const r = -g * cR;
  const s = -g * (cR + KI_R_MICROM);
  const d0 = b.s - sEq;
  const d1 = b.r - rEq;
  const half = (p + s) / 2;
  const disc = Math.sqrt(Math.max(0, ((p - s) * (p - s)) / 4 + q * r));
  const t = dtMin;
  let m00: number, m01: number, m10: number, m11: number;
  if (disc * t < 1e-9) {
    // Repeated eigenvalue: e^(At) = e^(λt)·(I + (A − λI)·t).
    const e = Math.exp(half * t);
    m00 = e * (1 + (p - half) * t);
    m01 = e * q * t;
    m10 = e * r * t;
    m11 = e * (1 + (s - half) * t);
  } else {
    const l1 = half + disc;
    const l2 = half - disc;
    const e1 = Math.exp(l1 * t);
    const e2 = Math.exp(l2 * t);
    const inv = 1 / (l1 - l2);
    // e^(At) = (e1·(A − l2·I) − e2·(A − l1·I)) / (l1 − l2)
    m00 = (e1 * (p - l2) - e2 * (p - l1)) * inv;
    m01 = (e1 - e2) * q * inv;
    m10 = (e1 - e2) * r * inv;
    m11 = (e1 * (s - l2) - e2 * (s - l1)) * inv;
  }
  b.s = sEq + m00 * d0 + m01 * d1;
  b.r = rEq + m10 * d0 + m11 * d1;
}

// ---------------------------------------------------------------------------------------------
// Stochastic single-channel ensemble (milliseconds), for showing individual receptors.

/** Gating states of one receptor. */
export const CHANNEL_STATE = { closed: 0, open: 1, openBlocked: 2, trapped: 3 } as const;
export type ChannelState = (typeof CHANNEL_STATE)[keyof typeof CHANNEL_STATE];

/** Which enantiomer sits in the pore. */
export const PORE_DRUG = { none: 0, s: 1, r: 2 } as const;

/** What happened to a channel in the last step (for animating single events). */
export const CHANNEL_EVENT = {
  none: 0,
  opened: 1,
  closed: 2,
  drugEntered: 3,
  drugLeft: 4,
  trapped: 5,
  reopenedBlocked: 6,
  mgEntered: 7,
  mgLeft: 8,
} as const;

/** Per-millisecond rates of one cell type's receptors (all illustrative, chosen for display). */
export interface ChannelKinetics {
  /** closed → open, 1/ms */
  openPerMs: number;
  /** open → closed, 1/ms */
  closePerMs: number;
  /** Mg2+ entering the pore's outer site, 1/ms (fast at resting potential) */
  mgOnPerMs: number;
  /** Mg2+ leaving the pore, 1/ms (fast when the cell is depolarised) */
  mgOffPerMs: number;
}

export const CHANNEL_KINETICS: Record<CellType, ChannelKinetics> = {
  // Tonically active, depolarised: opens often, little Mg2+ in the pore (illustrative).
  interneuron: { openPerMs: 0.05, closePerMs: 0.1, mgOnPerMs: 0.01, mgOffPerMs: 0.2 },
  // At rest: opens rarely, Mg2+ in the pore most of the time (illustrative).
  pyramidal: { openPerMs: 0.01, closePerMs: 0.1, mgOnPerMs: 0.2, mgOffPerMs: 0.02 },
};

/** Ketamine entry into an open, Mg2+-free pore, 1/(µM·ms) (illustrative, sped up for display). */
const ENSEMBLE_KON_PER_MICROM_PER_MS = 0.02;
/** Exit rates from an open pore, 1/ms, so that koff/kon = Ki (pd.enantiomers.affinity). */
const ENSEMBLE_KOFF_S_PER_MS = ENSEMBLE_KON_PER_MICROM_PER_MS * KI_S_MICROM;
const ENSEMBLE_KOFF_R_PER_MS = ENSEMBLE_KON_PER_MICROM_PER_MS * KI_R_MICROM;

export interface ChannelEnsembleOptions {
  /** number of receptors */
  n: number;
  seed: number;
  cell: CellType;
}

/**
 * N receptors stepped in milliseconds with a seeded RNG. Typed arrays are public for the scene
 * to read (do not write them). step() allocates nothing.
 */
export class ChannelEnsemble {
  readonly n: number;
  readonly cell: CellType;
  readonly kinetics: ChannelKinetics;
  /** CHANNEL_STATE per receptor */
  readonly state: Uint8Array;
  /** PORE_DRUG per receptor */
  readonly drug: Uint8Array;
  /**
   * 1 while Mg2+ sits at the pore's outer (selectivity-filter) site. It binds and leaves at the
   * cell's rates whatever the drug does; while it is there ketamine can neither enter nor leave.
   * So Mg2+ slows block (fewer chances) without changing its equilibrium, as in the mean field.
   */
  readonly mg: Uint8Array;
  /** CHANNEL_EVENT of the last step per receptor */
  readonly event: Uint8Array;
  /** simulated time, ms */
  tMs = 0;
  private readonly rng: Rng;
  private readonly seed: number;

  constructor(opts: ChannelEnsembleOptions) {
    this.n = Math.max(0, Math.floor(opts.n));
    this.cell = opts.cell;
    this.kinetics = CHANNEL_KINETICS[opts.cell];
    this.state = new Uint8Array(this.n);
    this.drug = new Uint8Array(this.n);
    this.mg = new Uint8Array(this.n);
    this.event = new Uint8Array(this.n);
    this.seed = opts.seed;
    this.rng = createRng(opts.seed);
    this.reset();
  }

  /** Back to the drug-free resting distribution drawn from the seed. */
  reset(): void {
    this.rng.setState(createRng(this.seed).getState());
    const k = this.kinetics;
    const pOpen = k.openPerMs / (k.openPerMs + k.closePerMs);
    const pMg = k.mgOnPerMs / (k.mgOnPerMs + k.mgOffPerMs);
    for (let i = 0; i < this.n; i++) {
      this.state[i] = this.rng.next() < pOpen ? CHANNEL_STATE.open : CHANNEL_STATE.closed;
      this.mg[i] = this.rng.next() < pMg ? 1 : 0;
      this.drug[i] = PORE_DRUG.none;
      this.event[i] = CHANNEL_EVENT.none;
    }
    this.tMs = 0;
  }

  /** RNG state, to save and later restore a run together with the arrays. */
  getRngState(): number {
    return this.rng.getState();
  }
  setRngState(state: number): void {
    this.rng.setState(state);
  }

  /**
   * Advances dtMs milliseconds at a racemic concentration cMicroM (µM) near the receptors.
   * Each receptor makes at most one transition per step, so keep dtMs ≲ 1.
   */
  step(dtMs: number, cMicroM: number): void {
    if (!(dtMs > 0)) return;
    const k = this.kinetics;
    const onS = ENSEMBLE_KON_PER_MICROM_PER_MS * racemateS(Math.max(0, cMicroM));
    const onR = ENSEMBLE_KON_PER_MICROM_PER_MS * racemateR(Math.max(0, cMicroM));
    const st = this.state;
    const drug = this.drug;
    const mg = this.mg;
    const ev = this.event;
    const rng = this.rng;
    for (let i = 0; i < this.n; i++) {
      ev[i] = CHANNEL_EVENT.none;
      const s = st[i];
      const hasMg = mg[i] === 1;
      const mgRate = hasMg ? k.mgOffPerMs : k.mgOnPerMs;
      // Rates of the possible transitions out of the current state.
      let r0 = 0; // gating (open or close)
      let r1 = 0; // Mg2+ toggle
      let r2 = 0; // S enters / drug leaves
      let r3 = 0; // R enters
      if (s === CHANNEL_STATE.closed) {
        r0 = k.openPerMs;
        r1 = mgRate;
      } else if (s === CHANNEL_STATE.open) {
        r0 = k.closePerMs;
        r1 = mgRate;
        if (!hasMg) {
          r2 = onS;
          r3 = onR;
        }
      } else if (s === CHANNEL_STATE.openBlocked) {
        r0 = k.closePerMs;
        r1 = mgRate;
        if (!hasMg) r2 = drug[i] === PORE_DRUG.s ? ENSEMBLE_KOFF_S_PER_MS : ENSEMBLE_KOFF_R_PER_MS;
      } else {
        r0 = k.openPerMs; // trapped: the drug can only leave after the channel reopens
        r1 = mgRate;
      }
      const total = r0 + r1 + r2 + r3;
      if (rng.next() >= 1 - Math.exp(-total * dtMs)) continue;
      const pick = rng.next() * total;
      if (pick < r0) {
        if (s === CHANNEL_STATE.closed) {
          st[i] = CHANNEL_STATE.open;
          ev[i] = CHANNEL_EVENT.opened;
        } else if (s === CHANNEL_STATE.open) {
          st[i] = CHANNEL_STATE.closed;
          ev[i] = CHANNEL_EVENT.closed;
        } else if (s === CHANNEL_STATE.openBlocked) {
          st[i] = CHANNEL_STATE.trapped;
          ev[i] = CHANNEL_EVENT.trapped;
        } else {
          st[i] = CHANNEL_STATE.openBlocked;
          ev[i] = CHANNEL_EVENT.reopenedBlocked;
        }
      } else if (pick < r0 + r1) {
        mg[i] = hasMg ? 0 : 1;
        ev[i] = hasMg ? CHANNEL_EVENT.mgLeft : CHANNEL_EVENT.mgEntered;
      } else if (s === CHANNEL_STATE.openBlocked) {
        st[i] = CHANNEL_STATE.open;
        drug[i] = PORE_DRUG.none;
        ev[i] = CHANNEL_EVENT.drugLeft;
      } else {
        st[i] = CHANNEL_STATE.openBlocked;
        drug[i] = pick < r0 + r1 + r2 ? PORE_DRUG.s : PORE_DRUG.r;
        ev[i] = CHANNEL_EVENT.drugEntered;
      }
    }
    this.tMs += dtMs;
  }

  /** Number of receptors in a gating state. */
  count(state: ChannelState): number {
    let c = 0;
    for (let i = 0; i < this.n; i++) if (this.state[i] === state) c++;
    return c;
  }

  /** Fraction of receptors holding ketamine (open-blocked or trapped), 0..1. */
  blockedFraction(): number {
    if (this.n === 0) return 0;
    return (this.count(CHANNEL_STATE.openBlocked) + this.count(CHANNEL_STATE.trapped)) / this.n;
  }
}
