// Pure mappings from the model's cascade (bdnf, mtor, spineDensity: relative to baseline, 1 = no
// change; src/model/cascade.ts) to what the cascade pictures draw. Display mappings only: the
// model's time course is illustrative and rodent (CASCADE_METADATA).

/** TrkB receptor pairs in the close-up (each binds one BDNF dimer). */
export const TRKB_PAIRS = 3;
/** BDNF above baseline at which every pair is bound (the model's peak is about 1.6x). */
const BDNF_FULL = 0.55;
/** mTOR above baseline at which the path is fully on (the model's peak is about 1.5x). */
const MTOR_FULL = 0.45;
/** Spine density gain that grows every new spine (the model's peak is about 1.21x at 24 h). */
export const SPINE_FULL_GAIN = 0.22;
/** Growth (0..1) below which a new spine is drawn as a thin bud, and from which it is mature. */
export const BUD_UNTIL = 0.5;
/** Growth from which a new spine is drawn at all (below it the change is too small to see). */
export const BUD_FROM = 0.05;
export const MATURE_FROM = 0.95;

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Number.isFinite(x) ? x : 0;
}

/** How many TrkB pairs hold a BDNF dimer, as a fractional count 0..TRKB_PAIRS. */
export function boundPairs(bdnf: number): number {
  return clamp01((bdnf - 1) / BDNF_FULL) * TRKB_PAIRS;
}

/** Binding of pair i, 0..1: pairs fill one after another as BDNF rises. */
export function pairBinding(bdnf: number, i: number): number {
  return clamp01(boundPairs(bdnf) - i);
}

/** Pairs fully formed (dimer bound, receptors together): whole pairs only. */
export function trkbPairs(bdnf: number): number {
  return Math.floor(boundPairs(bdnf) + 1e-9);
}

/** How far mTORC1 is switched on, 0..1. */
export function mtorActivity(mtor: number): number {
  return clamp01((mtor - 1) / MTOR_FULL);
}

/**
 * Brightness (0..1) of the signal path's node k (0 TrkB, 1 Akt, 2 mTORC1) when the path carries
 * `activity` (0..1) from a bound pair: the nodes light in sequence, each needing a third more.
 */
export function nodeLight(activity: number, k: number): number {
  return clamp01(activity * 3 - k);
}

/** Nodes lit (brightness at least one half) for a given mTOR level. */
export function nodesLit(mtor: number): number {
  const a = mtorActivity(mtor);
  let n = 0;
  for (let k = 0; k < 3; k++) if (nodeLight(a, k) >= 0.5) n++;
  return n;
}

/** New synaptic protein particles on screen for an mTOR level, out of `max`. */
export function proteinsShown(mtor: number, max: number): number {
  return Math.round(mtorActivity(mtor) * max);
}

/** New spines (beyond the stressed state's) the density gain stands for, fractional. */
export function newSpineAmount(spineDensity: number, slots: number): number {
  return (Math.max(0, spineDensity - 1) / SPINE_FULL_GAIN) * slots;
}

/** New spines growing at once: each takes this many slots' worth of density gain to mature. */
const GROWTH_SPAN = 2;

/** Growth (0..1) of the new spine that grows `order`-th (1-based): bud first, then the head. */
export function spineGrowth(spineDensity: number, slots: number, order: number): number {
  return clamp01((newSpineAmount(spineDensity, slots) - (order - 1)) / GROWTH_SPAN);
}

/** Shape of a growing spine: length factor and width factor (1 = a full mushroom spine). */
export function spineShape(g: number): { length: number; width: number } {
  const e = g * g * (3 - 2 * g);
  // a thin bud first (width 0.2), the head swells after it has reached half its length
  const head = clamp01((g - BUD_UNTIL) / (1 - BUD_UNTIL));
  return { length: 0.25 + 0.75 * e, width: 0.2 + 0.8 * head * head };
}

/** New spines that are buds (growing, not yet mature) and that are mature, at a density. */
export function spineCounts(spineDensity: number, slots: number): { buds: number; mature: number } {
  let buds = 0;
  let mature = 0;
  for (let order = 1; order <= slots; order++) {
    const g = spineGrowth(spineDensity, slots, order);
    if (g >= MATURE_FROM) mature++;
    else if (g >= BUD_FROM) buds++;
  }
  return { buds, mature };
}

/** Model hours since the dose, to one decimal, for the test hook (the clock's words round as the
 *  header does: shownHours in i18n/format-time.ts). */
export function clockHours(tMin: number): number {
  return Math.round((Math.max(0, tMin) / 60) * 10) / 10;
}
