// Where the brain's parts sit, in the brain's own frame (layout.ts BRAIN: 1 unit ≈ 1.4 cm, -x
// the front, +y up, +z the viewer's side). Pure data: no three objects are made here. Regions
// come in pairs, one per hemisphere (z mirrored); the shapes are simplified, placed as in
// an anatomy atlas's side view, not measured.
import type { StructureId, ViewId } from '../../story/structures';
import { isBrainView } from '../../story/views';
import type { Vec3 } from '../layout';

/** Mirrors a point to the other hemisphere. */
export const mirror = ([x, y, z]: Vec3): Vec3 => [x, y, -z];

/** Ellipsoid regions: centre (viewer's hemisphere) and radii. */
export const REGION_BLOBS = {
  prefrontalCortex: { at: [-4.1, 1.0, 2.1] as Vec3, radii: [0.95, 1.35, 0.85] as Vec3 },
  orbitofrontalCortex: { at: [-3.9, -0.95, 1.15] as Vec3, radii: [1.25, 0.5, 0.9] as Vec3 },
  striatum: { at: [-1.3, 0.35, 1.35] as Vec3, radii: [1.3, 0.85, 0.55] as Vec3 },
  thalamus: { at: [0.5, -0.1, 0.62] as Vec3, radii: [0.9, 0.65, 0.55] as Vec3 },
  amygdala: { at: [-1.75, -2.15, 2.1] as Vec3, radii: [0.55, 0.5, 0.5] as Vec3 },
} as const;

/** The anterior cingulate cortex: an arch above the corpus callosum, beside the midline. */
export const CINGULATE: Vec3[] = [
  [-3.6, 0.1, 0.45],
  [-2.7, 1.45, 0.45],
  [-1.0, 1.95, 0.45],
  [0.6, 1.6, 0.45],
];

/** The hippocampus: a curved tube along the floor of the temporal lobe. */
export const HIPPOCAMPUS: Vec3[] = [
  [-1.35, -2.0, 2.05],
  [-0.2, -1.85, 2.0],
  [1.0, -1.35, 1.8],
  [1.9, -0.6, 1.5],
];

/** Arteries (brain frame): carotid, middle and anterior cerebral; basilar and posterior. */
export const ARTERIES: Vec3[][] = [
  [
    [-0.6, -6.0, 0.9],
    [-0.9, -3.4, 1.0],
    [-1.1, -2.4, 1.0],
    [-0.8, -1.4, 2.6],
    [0.5, 0.2, 3.55],
    [2.2, 1.5, 3.7],
    [3.6, 2.2, 3.2],
  ],
  [
    [-0.6, -6.0, 0.9],
    [-0.9, -3.4, 1.0],
    [-1.1, -2.4, 1.0],
    [-2.8, -1.0, 0.3],
    [-3.5, 1.3, 0.3],
    [-1.5, 3.0, 0.3],
    [1.5, 3.1, 0.3],
    [3.6, 2.4, 0.3],
  ],
  [
    [2.5, -6.0, 0.0],
    [2.1, -3.2, 0.0],
    [1.5, -2.2, 0.0],
    [2.8, -1.6, 1.5],
    [4.4, -0.7, 2.1],
    [5.0, 0.6, 1.7],
  ],
];

/** The hemispheres (ellipsoids, one each side of the midline) and the hindbrain. */
export const HEMISPHERE = { at: [0, 0.2, 2.45] as Vec3, radii: [5.5, 3.7, 2.45] as Vec3 };
export const CEREBELLUM = { at: [4.1, -2.55, 0] as Vec3, radii: [1.75, 1.15, 2.9] as Vec3 };
export const BRAINSTEM: Vec3[] = [
  [2.2, -1.0, 0],
  [2.65, -3.4, 0],
  [2.95, -5.9, 0],
];

/** Each condition's loop, closed, through its regions (viewer's hemisphere). */
export const LOOPS = {
  // prefrontal cortex and hippocampus, signals both ways
  brainDepression: [
    [-4.1, 0.9, 1.9],
    [-2.0, 0.1, 2.3],
    [0.4, -1.45, 2.0],
    [-1.6, -0.8, 1.6],
  ] as Vec3[],
  // the amygdala and the prefrontal cortex, both ways
  brainAnxiety: [
    [-4.1, 0.6, 1.8],
    [-2.7, -1.3, 2.35],
    [-1.75, -2.15, 2.15],
    [-3.3, -1.05, 1.45],
  ] as Vec3[],
  // orbitofrontal/anterior cingulate cortex → striatum → thalamus → back to the cortex
  brainOcd: [
    [-3.9, -0.85, 1.2],
    [-1.4, 0.35, 1.45],
    [0.5, -0.1, 0.75],
    [-1.1, 1.85, 0.5],
    [-3.1, 0.95, 0.6],
  ] as Vec3[],
};
export type LoopView = keyof typeof LOOPS;

/** Each condition view's regions (the loop runs through them). */
export const LOOP_REGIONS: Record<LoopView, readonly StructureId[]> = {
  brainDepression: ['prefrontalCortex', 'hippocampus'],
  brainAnxiety: ['amygdala', 'prefrontalCortex'],
  brainOcd: ['orbitofrontalCortex', 'striatum', 'thalamus'],
};

/** The regions a condition's brain view names and lists; null for every other view. */
export function loopRegionsOf(view: ViewId): readonly StructureId[] | null {
  return isBrainView(view) ? LOOP_REGIONS[view as LoopView] : null;
}
