// What a stage does to the model, as a still: each key value at the start and at the end of
// the stage's model window, with the direction of change. Feeds the reduced-motion storyboard
// readout and the screen-reader summary of the scene. Pure: no DOM, no React.
import { createModelState, getTrajectory, type ModelState, type Regimen } from '../model';
import type { Stage } from '../story/schema';

export type MeasureId = 'plasma' | 'block' | 'glutamate' | 'bdnf' | 'mtor' | 'spines';
/** ng/mL; a fraction shown as %; or a level relative to baseline (1) shown as % of it */
export type MeasureUnit = 'ngPerMl' | 'fraction' | 'relative';
export type Direction = 'up' | 'down' | 'steady';

export interface Measure {
  id: MeasureId;
  unit: MeasureUnit;
  value: (s: ModelState) => number;
  /** smallest change shown as a rise or fall, in the measure's own unit */
  tolerance: number;
}

/** In the order of the chain of events. Rodent labels live in the measure names. */
export const MEASURES: readonly Measure[] = [
  { id: 'plasma', unit: 'ngPerMl', value: (s) => s.plasmaNgPerMl, tolerance: 5 },
  { id: 'block', unit: 'fraction', value: (s) => s.blockInterneuron, tolerance: 0.02 },
  // the cascade's levels swing by tens of percent: a few points is no change worth an arrow
  { id: 'glutamate', unit: 'relative', value: (s) => s.glutamate, tolerance: 0.05 },
  { id: 'bdnf', unit: 'relative', value: (s) => s.bdnf, tolerance: 0.05 },
  { id: 'mtor', unit: 'relative', value: (s) => s.mtor, tolerance: 0.05 },
  // spine density moves by a few percent at most (pd.spines.modaSava, mouse; illustrative)
  { id: 'spines', unit: 'relative', value: (s) => s.spineDensity, tolerance: 0.02 },
];

export interface ReadoutRow {
  id: MeasureId;
  unit: MeasureUnit;
  before: number;
  after: number;
  direction: Direction;
}

export interface StillReadout {
  startMin: number;
  endMin: number;
  rows: ReadoutRow[];
}

const before = createModelState();
const after = createModelState();

export function stillReadout(stage: Pick<Stage, 'modelWindow'>, regimen: Regimen): StillReadout {
  const { startMin, endMin } = stage.modelWindow;
  const trajectory = getTrajectory(regimen);
  trajectory.sample(startMin, before);
  trajectory.sample(endMin, after);
  const rows = MEASURES.map((m): ReadoutRow => {
    const a = m.value(before);
    const b = m.value(after);
    const direction: Direction =
      b - a >= m.tolerance ? 'up' : a - b >= m.tolerance ? 'down' : 'steady';
    return { id: m.id, unit: m.unit, before: a, after: b, direction };
  });
  return { startMin, endMin, rows };
}

/** The value as the number shown: whole ng/mL, or whole percent. */
export function shownNumber(unit: MeasureUnit, value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(unit === 'ngPerMl' ? value : value * 100);
}

/** Steps of the chain of events, and the stage that shows each (bundled story ids). */
export const CHAIN_STEPS = [
  { id: 'arrives', stages: ['infusion'] },
  { id: 'block', stages: ['channel-block'] },
  { id: 'brake', stages: ['disinhibition'] },
  { id: 'glutamate', stages: ['disinhibition'] },
  { id: 'bdnf', stages: ['bdnf-trkb'] },
  { id: 'mtor', stages: ['mtor'] },
  { id: 'spines', stages: ['spines'] },
] as const;
export type ChainStepId = (typeof CHAIN_STEPS)[number]['id'];

export function chainStepsFor(stageId: string): ChainStepId[] {
  return CHAIN_STEPS.filter((s) => (s.stages as readonly string[]).includes(stageId)).map(
    (s) => s.id,
  );
}
