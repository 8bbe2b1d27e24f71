// Moves the camera smoothly to each stage's pose (scenes/ketamine.json "camera") and lets the
// user orbit and zoom within limits. A user's drag stops the move until the next stage.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { currentStage } from '../../state/app-store';
import { DORSAL_HORN } from '../layout';
import { cameraRequests } from './camera-requests';
import { frameInfo } from './frame-info';
import { makeViewProbe } from './view-probe';
import { wakeScene } from './scene-rest';

const goalPos = new Vector3();
const goalTarget = new Vector3();
const DEFAULT_FOV = 40;
/** Speed of the camera glide, 1/s (exponential approach: ~95% of the way in 1.4 s). */
const GLIDE_PER_SEC = 2.2;

export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const controls = useRef<OrbitControls | null>(null);
  const state = useRef({ key: '', gliding: false, startDist: 1 });

  useEffect(() => {
    const c = new OrbitControls(camera, gl.domElement);
    c.enableDamping = true;
    c.dampingFactor = 0.08;
    c.enablePan = false;
    c.minDistance = 2.5;
    c.maxDistance = 22;
    c.minPolarAngle = 0.15 * Math.PI;
    c.maxPolarAngle = 0.85 * Math.PI;
    c.rotateSpeed = 0.6;
    c.zoomSpeed = 0.8;
    const stop = () => {
      state.current.gliding = false;
      frameInfo.arrival = 1;
    };
    c.addEventListener('start', stop);
    // an orbit (and its damped glide after the pointer lets go) keeps a resting scene drawing
    c.addEventListener('change', wakeScene);
    controls.current = c;
    state.current.key = '';
    window.__sceneView = makeViewProbe(camera, c, gl.domElement, scene);
    return () => {
      delete window.__sceneView;
      c.removeEventListener('start', stop);
      c.removeEventListener('change', wakeScene);
      c.dispose();
      controls.current = null;
    };
  }, [camera, gl, scene]);

  useFrame((_, delta) => {
    const c = controls.current;
    if (!c) return;
    const stage = currentStage();
    const key = `${stage.id}|${frameInfo.view}`;
    // The dorsal horn (pain) is a different place: it brings its own camera.
    const pose = frameInfo.view === 'dorsalHorn' ? DORSAL_HORN.camera : stage.camera;
    if (key !== state.current.key) {
      const first = state.current.key === '';
      state.current.key = key;
      goalPos.set(pose.position[0], pose.position[1], pose.position[2]);
      goalTarget.set(pose.target[0], pose.target[1], pose.target[2]);
      const fov = pose.fov ?? DEFAULT_FOV;
      if (camera instanceof PerspectiveCamera && camera.fov !== fov) {
        camera.fov = fov;
        camera.updateProjectionMatrix();
      }
      if (first || frameInfo.reduced) {
        camera.position.copy(goalPos);
        c.target.copy(goalTarget);
        state.current.gliding = false;
        frameInfo.arrival = 1;
      } else {
        state.current.gliding = true;
        state.current.startDist = Math.max(1e-3, camera.position.distanceTo(goalPos));
        frameInfo.arrival = 0;
      }
    }
    if (cameraRequests.arrive) {
      cameraRequests.arrive = false;
      if (state.current.gliding) {
        camera.position.copy(goalPos);
        c.target.copy(goalTarget);
        state.current.gliding = false;
        frameInfo.arrival = 1;
      }
    }
    if (state.current.gliding) {
      const k = 1 - Math.exp(-Math.min(0.1, delta) * GLIDE_PER_SEC);
      camera.position.lerp(goalPos, k);
      c.target.lerp(goalTarget, k);
      const d = camera.position.distanceTo(goalPos);
      frameInfo.arrival = 1 - Math.min(1, d / state.current.startDist);
      if (d < 0.01 && c.target.distanceTo(goalTarget) < 0.01) {
        state.current.gliding = false;
        frameInfo.arrival = 1;
      }
    }
    c.update(delta);
  });

  return null;
}
