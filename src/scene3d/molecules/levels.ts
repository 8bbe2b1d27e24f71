// Levels the molecule components read each frame from the clock, as 0..1 amounts to draw.
import { clock } from '../../state/clock';

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** How far BDNF / TrkB signalling is above baseline, 0..1 (model peak ≈ 1.7x). */
export function bdnfLevel(): number {
  return clamp01((clock.state.bdnf - 1) / 0.6);
}

/** How far glutamate release is above baseline, 0..1 (model peak ≈ 1.7x, pd.glutamate.microdialysis). */
export function surgeLevel(): number {
  return clamp01((clock.state.glutamate - 1) / 0.7);
}
