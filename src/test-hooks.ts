// The window.__* hooks the browser tests and benchmarks read or set, declared in one place.
// Types only: each hook is set where its value lives (named below).
import type { SceneStats } from './scene3d/system/scene-stats';
import type { ConditionId, StructureId } from './story/structures';

export interface SceneTestHooks {
  /** unmount and remount the scene's content inside the same renderer */
  remountContent(): void;
  /** unmount (false) or mount (true) the whole canvas */
  setCanvas(on: boolean): void;
  /** choose a condition, as the outcomes panel does (e.g. 'pain' shows the dorsal horn) */
  selectCondition(id: ConditionId | null): void;
  /** move the story clock to a stage and a progress (0..1) through it, as the timeline does */
  seek(stageIndex: number, progress: number): void;
  /** end the camera's glide at the next frame: the stage's pose, as a page opened there has */
  arriveCamera(): void;
}

/** The camera's place around its orbit target: angles in radians, distance in scene units. */
export interface CameraReading {
  /** around the vertical axis (three's Spherical theta) */
  azimuth: number;
  /** from straight up (Spherical phi) */
  polar: number;
  distance: number;
  /** how much of the scene shows across the canvas at the target's distance, scene units */
  widthAtTarget: number;
  /** the camera's width / height (the canvas's, once the renderer has its size) */
  aspect: number;
}

export interface SceneViewHooks {
  /** where the camera is now, relative to what it orbits */
  camera(): CameraReading;
  /** the named structure a tap at this point (client px) would pick, or null */
  structureAt(clientX: number, clientY: number): StructureId | null;
  /**
   * Share of the canvas (0..1) whose nearest drawn object is one of `ids` (default: the current
   * stage's focus structures), sampled on a grid of rays; [] for a stage without focus gives 0.
   */
  coverage(ids?: readonly StructureId[]): number;
  /** each named structure's share of the canvas (0..1) as the nearest drawn object, same grid */
  shares(): Record<string, number>;
}

declare global {
  interface Window {
    /** set by the test: boundary names whose contents throw while rendering (ui/ErrorBoundary) */
    __injectFault?: Record<string, boolean>;
    /** the renderer's counters, one object mutated per frame (scene3d/system/scene-stats) */
    __sceneStats?: SceneStats;
    /** remount or unmount the scene, choose a condition (scene3d/SceneRoot) */
    __sceneTest?: SceneTestHooks;
    /** the camera and picking, read only (scene3d/system/CameraRig) */
    __sceneView?: SceneViewHooks;
    /** the circuit view's output synapse: glutamate drawn, the model's, AMPA receptors open
     *  (scene3d/circuit/OutputSynapse) */
    __circuitOutput?: {
      shown: boolean;
      glutamate: number;
      modelGlutamate: number;
      ampaOpen: number;
    };
    /** kiosk: recoveries so far (modes/kiosk/use-kiosk-recovery) */
    __kioskRecoveries?: number;
    /** kiosk: times the watchdog found the playback loop stopped and started it again */
    __kioskLoopRestarts?: number;
    /** kiosk: attract loops played to the end since the page loaded (state/playback-loop) */
    __kioskLoops?: number;
  }
}
