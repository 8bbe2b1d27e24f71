// The read-only view the browser tests ask for (window.__sceneView): where the camera is,
// relative to its orbit target, which named structure a tap at a screen point would pick, and
// how much of the picture the stage's protagonists cover. Made once per camera; nothing here
// runs per frame (coverage casts its rays only when asked).
import {
  InstancedMesh,
  Raycaster,
  Spherical,
  Vector2,
  Vector3,
  type Camera,
  type Object3D,
} from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { currentStage } from '../../state/app-store';
import type { StructureId } from '../../story/structures';
import type { CameraReading, SceneViewHooks } from '../../test-hooks';

/** The structure an object draws, when it and all its parents are drawn now (null otherwise). */
export function pickableStructure(object: Object3D): StructureId | null {
  const id = object.userData.structure as StructureId | undefined;
  if (!id) return null;
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return null;
  return id;
}

/** Rays across and down the canvas for coverage: one per cell of 40 x 22 (about 16:9; on a
 *  1366 x 768 canvas one ray per 34 px square, so a share is good to about 0.1 %). Rays are cast
 *  on the CPU: 880 of them take 0.2-1 s in the software-rendered test browser. */
const GRID = { cols: 40, rows: 22 } as const;

/** A see-through veil (a material under half opaque, like the brain's cortex): the eye sees
 *  what is behind it, so it does not stop a ray. */
function seeThrough(object: Object3D): boolean {
  const material = (object as Object3D & { material?: unknown }).material;
  if (!material || Array.isArray(material)) return false;
  const m = material as { transparent?: boolean; opacity?: number };
  return !!m.transparent && (m.opacity ?? 1) < 0.5;
}

/** The object drawn nearest the camera along the ray, if any: hidden objects, see-through
 *  veils and helpers with nothing to draw (no material) do not stop a ray. */
function nearestDrawn(raycaster: Raycaster, scene: Object3D): Object3D | null {
  for (const hit of raycaster.intersectObject(scene, true)) {
    if (!('material' in hit.object) || seeThrough(hit.object)) continue;
    let shown = true;
    for (let o: Object3D | null = hit.object; o && shown; o = o.parent) shown = o.visible;
    if (shown) return hit.object;
  }
  return null;
}

export function makeViewProbe(
  camera: Camera,
  controls: OrbitControls,
  canvas: HTMLCanvasElement,
  scene: Object3D,
): SceneViewHooks {
  const offset = new Vector3();
  const spherical = new Spherical();
  const raycaster = new Raycaster();
  raycaster.params.Points = { threshold: 0.08 };
  const ndc = new Vector2();
  return {
    camera(): CameraReading {
      offset.copy(camera.position).sub(controls.target);
      spherical.setFromVector3(offset);
      const { fov, aspect } = camera as Camera & { fov?: number; aspect?: number };
      const widthAtTarget =
        fov && aspect ? 2 * spherical.radius * Math.tan((fov * Math.PI) / 360) * aspect : 0;
      return {
        azimuth: spherical.theta,
        polar: spherical.phi,
        distance: spherical.radius,
        widthAtTarget,
        aspect: aspect ?? 0,
      };
    },
    structureAt(clientX, clientY) {
      const r = canvas.getBoundingClientRect();
      ndc.set(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      // as the scene's pointer handlers do: the nearest hit that names a drawn structure
      for (const hit of raycaster.intersectObject(scene, true)) {
        const id = pickableStructure(hit.object);
        if (id) return id;
      }
      return null;
    },
    shares() {
      // instanced populations move: bound them where they are now (three keeps the first bounds)
      scene.traverse((o) => {
        if (o instanceof InstancedMesh) o.computeBoundingSphere();
      });
      const out: Record<string, number> = {};
      const cell = 1 / (GRID.cols * GRID.rows);
      for (let row = 0; row < GRID.rows; row++)
        for (let col = 0; col < GRID.cols; col++) {
          ndc.set(((col + 0.5) / GRID.cols) * 2 - 1, 1 - ((row + 0.5) / GRID.rows) * 2);
          raycaster.setFromCamera(ndc, camera);
          const id = nearestDrawn(raycaster, scene)?.userData.structure as string | undefined;
          if (id) out[id] = (out[id] ?? 0) + cell;
        }
      return out;
    },
    coverage(ids) {
      const wanted = ids ?? currentStage().focus ?? [];
      const shares = this.shares();
      return wanted.reduce((sum, id) => sum + (shares[id] ?? 0), 0);
    },
  };
}
