// NMDA receptor pores, shared by the receptors (which decide when ketamine enters or leaves,
// from the model) and the ketamine population (which draws the trapped molecules).
import { RECEPTOR_COUNTS } from '../layout';

export const NMDA_TOTAL = RECEPTOR_COUNTS.nmdaInterneuron + RECEPTOR_COUNTS.nmdaPyramidal;

export const pores = {
  /** world position of each receptor's base, xyz */
  base: new Float32Array(NMDA_TOTAL * 3),
  /** outward normal of each receptor, xyz */
  normal: new Float32Array(NMDA_TOTAL * 3),
  /** drawing scale of each receptor (its pore sites scale with it) */
  scale: new Float32Array(NMDA_TOTAL).fill(1),
  /** 0 = no ketamine, 0..1 entering or leaving, 1 = in the pore (blocked, trapped when closed) */
  drug: new Float32Array(NMDA_TOTAL),
  /** 1 while the receptor's channel is open (from the model's ensemble), else 0 */
  open: new Uint8Array(NMDA_TOTAL),
  /** 1 while Mg2+ sits in the receptor's pore, else 0 */
  mg: new Uint8Array(NMDA_TOTAL),
  /** the interneuron receptor the model blocks first (shown in the molecular close-up) */
  first: 0,
  /** number of receptors placed */
  count: 0,
};

/** Depth of the ketamine site and of the Mg2+ site along the receptor axis, scene units. */
export const KETAMINE_SITE = 0.085;
export const MAGNESIUM_SITE = 0.025;
/** Where an entering ketamine starts, along the receptor axis. */
export const ENTRY_START = 0.6;
