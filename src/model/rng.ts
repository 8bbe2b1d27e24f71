// A small seeded PRNG (mulberry32). Deterministic, 32-bit state that can be saved and restored.

export interface Rng {
  /** uniform float in [0, 1) */
  next(): number;
  /** current 32-bit state; pass it to setState to replay the same sequence */
  getState(): number;
  setState(state: number): void;
}

/** Turns any finite number into a 32-bit seed (non-integers and negatives are folded in). */
function toSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return (Math.trunc(seed) ^ Math.trunc((seed % 1) * 0x100000000)) >>> 0;
}

export function createRng(seed: number): Rng {
  let a = toSeed(seed);
  return {
    next(): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    getState: () => a,
    setState(state: number): void {
      a = state >>> 0;
    },
  };
}
