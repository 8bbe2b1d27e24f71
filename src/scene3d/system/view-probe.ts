// The read-only view the browser tests ask for (window.__sceneView): where the camera is,
// relative to its orbit target, and which named structure a tap at a screen point would pick.
// Made once per camera; nothing here runs per frame.
import { Raycaster, Spherical, Vector2, Vector3, type Camera, type Object3D } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { StructureId } from '../../story/structures';
import type { CameraReading, SceneViewHooks } from '../../test-hooks';

/** The structure an object draws, when it and all its parents are drawn now (null otherwise). */
export function pickableStructure(object: Object3D): StructureId | null {
  const id = object.userData.structure as StructureId | undefined;
  if (!id) return null;
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return null;
  return id;
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
      return { azimuth: spherical.theta, polar: spherical.phi, distance: spherical.radius };
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
  };
}
