// Moments shared between populations (module scope, no allocation): seconds since each release
// site last released, so vesicles, glutamate and AMPA receptors animate the same event.
import { RELEASE_SITES } from '../layout';

export const events = {
  /** seconds since the last release at each site */
  sinceSite: new Float32Array(RELEASE_SITES.length).fill(99),
  /** seconds since the last glutamate release anywhere */
  sinceRelease: 99,
  /** seconds since the last GABA release */
  sinceGaba: 99,
};

export function resetEvents(): void {
  events.sinceSite.fill(99);
  events.sinceRelease = 99;
  events.sinceGaba = 99;
}

export function ageEvents(dt: number): void {
  for (let i = 0; i < events.sinceSite.length; i++) events.sinceSite[i] = events.sinceSite[i]! + dt;
  events.sinceRelease += dt;
  events.sinceGaba += dt;
}
