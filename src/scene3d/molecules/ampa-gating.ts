// How open each AMPA receptor on the spine is (0..1), read by the receptors (their shape and
// colour) and by the cations flowing through them. Glutamate released at a receptor's nearest
// release site opens it, and it closes again over about half a second (AMPA channels open for
// milliseconds: slowed for display). The reduced-motion still shows instead as many open as the
// model's glutamate gives: a few at baseline, most at the surge's peak. No allocation per call.
import type { Placement } from '../geometry/placements';
import { RELEASE_SITES } from '../layout';
import { events } from '../system/events';
import { frameInfo } from '../system/frame-info';
import { surgeLevel } from './levels';

/** 1/s: how fast an opened receptor closes again on screen. */
const CLOSE_PER_SEC = 2.2;

/** The release site nearest each receptor (by x, z). */
export function nearestSites(list: readonly Placement[]): Uint8Array {
  const out = new Uint8Array(list.length);
  list.forEach((p, i) => {
    let best = Infinity;
    RELEASE_SITES.forEach(([x, z], k) => {
      const d = (p.position.x - x) ** 2 + (p.position.z - z) ** 2;
      if (d < best) {
        best = d;
        out[i] = k;
      }
    });
  });
  return out;
}

/** Openness of receptor i of n (0 closed .. 1 open) whose nearest site is `site`. */
export function ampaOpenness(i: number, n: number, site: number): number {
  if (frameInfo.reduced) {
    // receptors taken in a fixed scrambled order (3 is coprime with the 7 drawn)
    const open = Math.round(n * (0.15 + 0.7 * surgeLevel()));
    return (i * 3) % n < open ? 1 : 0;
  }
  return Math.exp(-(events.sinceSite[site] ?? 99) * CLOSE_PER_SEC);
}
