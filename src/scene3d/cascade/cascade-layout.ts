// Where the growth-signal close-up sits and how it is laid out, in its own frame: a patch of
// spine membrane (y = 0 its middle, +y outside the cell) with TrkB pairs in it, the signal path
// below (TrkB -> Akt -> mTORC1) and ribosomes near the spine's base. Molecules are drawn about
// 10 times larger than the synapse scene's (1 unit ≈ 4.5 nm; TrkB's extracellular part is about
// 10 nm tall). Pure data.
import type { Vec3 } from '../layout';

/** Centre of the close-up in the world: away from the synapse, across from the channel close-up. */
export const CASCADE_CENTER: Vec3 = [44, 16, 0];
/** Half thickness of the membrane patch and its size. */
export const PATCH = { halfThickness: 0.35, width: 10.5, depth: 1.8 };
/** x of each TrkB pair's centre (z = 0), in the order they bind: the middle pair first, the
 * one the signal path below starts from. */
export const PAIR_X = [0, -3, 3] as const;
/** Half the gap between a pair's two receptors: apart (no BDNF) and paired (dimer bound). */
export const PAIR_HALF_GAP = { apart: 0.62, paired: 0.3 };
/** Height of a bound BDNF dimer (between the receptors' top lobes) and of a free one. */
export const BDNF_Y = { bound: 1.7, free: 3.0 };
/** The signal path's nodes below the middle pair: Akt, then mTORC1 (local frame). */
export const AKT_AT: Vec3 = [0.9, -2.0, 0.5];
export const MTORC1_AT: Vec3 = [2.2, -3.1, 0.7];
/** Ribosomes near the spine's base, where new synaptic proteins are made. */
export const RIBOSOMES_AT: readonly Vec3[] = [
  [-1.6, -3.9, 0.4],
  [0.2, -4.3, 0.9],
  [2.9, -4.4, 0.2],
  [4.3, -3.7, 0.8],
];

/** A local point of the close-up in world coordinates. */
export function cascadeWorld(x: number, y: number, z: number): [number, number, number] {
  return [CASCADE_CENTER[0] + x, CASCADE_CENTER[1] + y, CASCADE_CENTER[2] + z];
}
