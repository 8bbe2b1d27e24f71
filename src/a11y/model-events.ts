// Key moments in the model, detected as thresholds crossed between two clock ticks.
// Pure: no DOM. The narration stream turns them into captions and live-region text.
import type { ModelState } from '../model/types';

export type ModelEventId =
  | 'ketamineArrives'
  | 'analgesiaRange'
  | 'dissociationRange'
  | 'interneuronBlocked'
  | 'glutamateSurge'
  | 'bdnfRising'
  | 'mtorActive'
  | 'spinesRising'
  | 'plasmaFalling';

interface Threshold {
  id: ModelEventId;
  value: (s: ModelState) => number;
  /** the event fires when value crosses this level in `direction` */
  level: number;
  direction: 'up' | 'down';
}

/** Earliest model time at which new spines are narrated, minutes (12 h). */
export const SPINES_EVENT_FROM_MIN = 720;

/** Levels are relative to baseline (1) unless a unit is named. */
export const MODEL_EVENT_THRESHOLDS: readonly Threshold[] = [
  { id: 'ketamineArrives', value: (s) => s.plasmaNgPerMl, level: 20, direction: 'up' },
  // pk.conc.analgesia: 70–160 ng/mL
  { id: 'analgesiaRange', value: (s) => s.plasmaNgPerMl, level: 70, direction: 'up' },
  // pk.conc.dissociation: 100–250 ng/mL
  { id: 'dissociationRange', value: (s) => s.plasmaNgPerMl, level: 100, direction: 'up' },
  { id: 'interneuronBlocked', value: (s) => s.blockInterneuron, level: 0.3, direction: 'up' },
  { id: 'glutamateSurge', value: (s) => s.glutamate, level: 1.2, direction: 'up' },
  { id: 'bdnfRising', value: (s) => s.bdnf, level: 1.1, direction: 'up' },
  { id: 'mtorActive', value: (s) => s.mtor, level: 1.1, direction: 'up' },
  // The story says new spines appear 12 to 24 h after a dose (pd.spines.modaSava, mouse): the
  // event waits for 12 h even though the illustrative curve starts to rise a little earlier.
  {
    id: 'spinesRising',
    value: (s) => (s.tMin >= SPINES_EVENT_FROM_MIN ? s.spineDensity : 1),
    level: 1.05,
    direction: 'up',
  },
  // back below the dissociation range as the drug is cleared (after an infusion or a bolus)
  { id: 'plasmaFalling', value: (s) => s.plasmaNgPerMl, level: 100, direction: 'down' },
];

/**
 * Calls onEvent for each threshold crossed going from `before` to `after`, in table order.
 * Allocation-free, so it can run on every frame.
 */
export function detectModelEvents(
  before: ModelState,
  after: ModelState,
  onEvent: (id: ModelEventId) => void,
): void {
  if (after.tMin <= before.tMin) return; // scrubbing backwards narrates nothing
  for (const t of MODEL_EVENT_THRESHOLDS) {
    const a = t.value(before);
    const b = t.value(after);
    if (t.direction === 'up' ? a < t.level && b >= t.level : a > t.level && b <= t.level) {
      onEvent(t.id);
    }
  }
}
