// Renderer counters published once per frame for tests and the benchmark, as
// window.__sceneStats. One object, mutated in place: no allocation per frame.
import type { KeepOut } from '../overlay/label-layout';
import { clockKeepOut } from '../overlay/label-slots';

export interface SceneStats {
  /** frames rendered since the page loaded (across remounts) */
  frames: number;
  /** draw calls in the last whole frame */
  calls: number;
  triangles: number;
  points: number;
  lines: number;
  /** live GPU resources of the current renderer */
  geometries: number;
  textures: number;
  programs: number;
  /** stage id the last frame showed */
  stageId: string;
  /** view the last frame showed: synapse | dorsalHorn | calm */
  view: string;
  /** true while the WebGL context is lost */
  contextLost: boolean;
  /** times the context was lost / the scene came back */
  contextLosses: number;
  contextRestores: number;
  /** where the synapse's membrane geometry was built: 'worker', 'main' ('' not yet) */
  membranes: string;
  /** scene mounts (SceneRoot) and content remounts since load */
  mounts: number;
  /**
   * Shaders compiled before the content's first frame (system/CompileBeforeDrawing.tsx): the
   * programs made by then (-1 until then), and whether the GPU linked them in parallel
   * (KHR_parallel_shader_compile; SwiftShader cannot, so its first frame still waits for them)
   */
  shaders: { compiledBeforeDrawing: number; parallel: boolean };
  /**
   * The model's NMDA channel ensemble as drawn in the synapse: receptors blocked by ketamine,
   * open (no Mg2+), holding Mg2+, and closed without it; of those, how many the model's block
   * says hold ketamine (modelBlocked) and how many show ketamine partway in or out (entering)
   */
  ensemble: {
    closedMg: number;
    closed: number;
    open: number;
    blocked: number;
    modelBlocked: number;
    entering: number;
  };
  /** 0..1 how far the camera has come on its way to the stage's pose (1 = there) */
  arrival: number;
  /** the molecular close-up: '' (not shown), rest, bound, open, blocked or trapped */
  closeUp: string;
  /**
   * Release and the surge: glutamate molecules in the cleft now, vesicles fused since the
   * transmission's last reset (for a reduced-motion still: during its warm-up), AMPA receptors
   * open now
   */
  surge: { cleftGlutamate: number; fusions: number; ampaOpen: number };
  /** 0..1 how far the close-up's ketamine has come into the pore (1 = lodged at its site) */
  ketamineDepth: number;
  /** the structures the stage keeps in focus, comma-separated ('' = no focus) */
  focus: string;
  /** actors drawn now, comma-separated (system/cast) */
  cast: string;
  /**
   * The circuit view (circuit/Circuit.tsx): shown now; model minutes of the frame; each cell's
   * firing relative to baseline (the model's) and in spikes/s (illustrative baseline); the
   * seconds a pulse takes along its axon; and the spikes drawn on each axon now
   */
  circuit: {
    shown: boolean;
    modelMin: number;
    interneuronRelative: number;
    pyramidalRelative: number;
    interneuronHz: number;
    pyramidalHz: number;
    interneuronTravelSec: number;
    pyramidalTravelSec: number;
    interneuronSpikes: number;
    pyramidalSpikes: number;
  };
  /** true while a still scene has drawn its picture and waits for a change (scene-rest.ts) */
  resting: boolean;
  /** true while nobody can see the canvas (tab hidden, scrolled out of view): no frames */
  unseen: boolean;
  /** the canvas's pixel ratio as the resolution governor last set it */
  dpr: number;
  /**
   * The growth cascade as drawn (cascade/cascade-levels.ts; 0 when its actor is not shown):
   * TrkB pairs holding a BDNF dimer, mTOR path activity 0..1 and its nodes lit (TrkB, Akt,
   * mTORC1), new synaptic proteins on screen, new spines still buds and mature, the time-lapse
   * clock's hours and the model's hours since the dose (-1 when the clock is not shown), and
   * the clock's box on the canvas, px (w = 0 when not shown)
   */
  cascade: {
    trkbPairs: number;
    mtorActive: number;
    pathLit: number;
    proteins: number;
    spinesBuds: number;
    spinesMature: number;
    clockHours: number;
    modelHours: number;
    clockBox: KeepOut;
  };
}

export const sceneStats: SceneStats = {
  frames: 0,
  calls: 0,
  triangles: 0,
  points: 0,
  lines: 0,
  geometries: 0,
  textures: 0,
  programs: 0,
  stageId: '',
  view: '',
  contextLost: false,
  contextLosses: 0,
  contextRestores: 0,
  membranes: '',
  mounts: 0,
  shaders: { compiledBeforeDrawing: -1, parallel: false },
  ensemble: { closedMg: 0, closed: 0, open: 0, blocked: 0, modelBlocked: 0, entering: 0 },
  arrival: 1,
  closeUp: '',
  ketamineDepth: 0,
  surge: { cleftGlutamate: 0, fusions: 0, ampaOpen: 0 },
  focus: '',
  cast: '',
  circuit: {
    shown: false,
    modelMin: 0,
    interneuronRelative: 1,
    pyramidalRelative: 1,
    interneuronHz: 0,
    pyramidalHz: 0,
    interneuronTravelSec: 0,
    pyramidalTravelSec: 0,
    interneuronSpikes: 0,
    pyramidalSpikes: 0,
  },
  resting: false,
  unseen: false,
  dpr: 1,
  cascade: {
    trkbPairs: 0,
    mtorActive: 0,
    pathLit: 0,
    proteins: 0,
    spinesBuds: 0,
    spinesMature: 0,
    clockHours: -1,
    modelHours: -1,
    // the same box the labels keep clear of
    clockBox: clockKeepOut,
  },
};

if (typeof window !== 'undefined') window.__sceneStats = sceneStats;
