// Moves the camera to each stage's pose (scenes/ketamine.json "camera"; a condition's own view
// brings its own pose) and lets the user orbit and zoom within limits. A nearby pose is reached
// by a smooth glide; a far one (another scale, another place: the brain, the channel close-up)
// by a flight along a curve that pulls back and up in proportion to the distance, then dives
// in, so the viewer keeps their bearings (the fog of the new scale dims the middle of the
// flight: the cross-fade between scales). Reduced motion jumps. A user's drag stops the move
// until the next stage. No allocation per frame (module-scope vectors).
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { currentStage } from '../../state/app-store';
import { BRAIN, DORSAL_HORN } from '../layout';
import { cameraReadout, cameraRequests } from './camera-requests';
import { fittedFov } from './fit-fov';
import { frameInfo } from './frame-info';
import { makeViewProbe } from './view-probe';
import { wakeScene } from './scene-rest';

const goalPos = new Vector3();
const goalTarget = new Vector3();
const fromPos = new Vector3();
const fromTarget = new Vector3();
const ctrl = new Vector3();
const _a = new Vector3();
const _b = new Vector3();
const DEFAULT_FOV = 40;
/** Speed of the camera glide, 1/s (exponential approach: ~95% of the way in 1.4 s). */
const GLIDE_PER_SEC = 2.2;
/** Poses further apart than this (scene units) are flown to, not glided. */
const FLIGHT_FROM = 12;
/** The flight's curve leans back (away from both targets) and up in this proportion... */
const PULL_BACK = 1;
const RISE = 0.5;
/** ...and its control point lies this far from the chord per unit of distance (the curve's
 * widest point, halfway, half as far: 0.35 of the distance). */
const LIFT = 0.7;
/** Flight time, s: a base plus a little per unit of distance, within limits. */
const flightSec = (d: number) => Math.min(3.2, Math.max(1.6, 1.1 + 0.03 * d));
/** The orbit limits, relaxed during a flight (a pulled-back camera is further than 22 units). */
const LIMITS = {
  minDistance: 2.5,
  maxDistance: 22,
  minPolar: 0.15 * Math.PI,
  maxPolar: 0.85 * Math.PI,
};

function setLimits(c: OrbitControls, free: boolean): void {
  c.minDistance = free ? 0 : LIMITS.minDistance;
  c.maxDistance = free ? Infinity : LIMITS.maxDistance;
  c.minPolarAngle = free ? 0 : LIMITS.minPolar;
  c.maxPolarAngle = free ? Math.PI : LIMITS.maxPolar;
}

/** Smooth start and end, 0..1. */
const ease = (t: number) => t * t * (3 - 2 * t);

type Move = '' | 'glide' | 'flight';

export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const controls = useRef<OrbitControls | null>(null);
  const state = useRef({ key: '', move: '' as Move, startDist: 1, t: 0, sec: 1, fov: DEFAULT_FOV });

  useEffect(() => {
    const c = new OrbitControls(camera, gl.domElement);
    c.enableDamping = true;
    c.dampingFactor = 0.08;
    c.enablePan = false;
    setLimits(c, false);
    c.rotateSpeed = 0.6;
    c.zoomSpeed = 0.8;
    const stop = () => {
      if (state.current.move === 'flight') setLimits(c, false);
      state.current.move = '';
      frameInfo.arrival = 1;
    };
    c.addEventListener('start', stop);
    // an orbit (and its damped glide after the pointer lets go) keeps a resting scene drawing
    c.addEventListener('change', wakeScene);
    controls.current = c;
    state.current.key = '';
    window.__sceneView = makeViewProbe(camera, c, gl.domElement, scene);
    window.__sceneCamera = cameraReadout;
    return () => {
      delete window.__sceneView;
      delete window.__sceneCamera;
      c.removeEventListener('start', stop);
      c.removeEventListener('change', wakeScene);
      c.dispose();
      controls.current = null;
    };
  }, [camera, gl, scene]);

  useFrame((_, delta) => {
    const c = controls.current;
    if (!c) return;
    const s = state.current;
    const stage = currentStage();
    const view = frameInfo.view;
    const key = `${stage.id}|${view}`;
    // The dorsal horn (pain) and the brain's condition views are other places: their own cameras.
    const pose =
      view === 'dorsalHorn'
        ? DORSAL_HORN.camera
        : view === 'brainDepression' || view === 'brainAnxiety' || view === 'brainOcd'
          ? BRAIN.cameras[view]
          : stage.camera;
    if (key !== s.key) {
      const first = s.key === '';
      s.key = key;
      goalPos.set(pose.position[0], pose.position[1], pose.position[2]);
      goalTarget.set(pose.target[0], pose.target[1], pose.target[2]);
      s.fov = ('fov' in pose ? (pose.fov as number | undefined) : undefined) ?? DEFAULT_FOV;
      const d = camera.position.distanceTo(goalPos);
      if (s.move === 'flight') setLimits(c, false);
      if (first || frameInfo.reduced) {
        camera.position.copy(goalPos);
        c.target.copy(goalTarget);
        s.move = '';
        frameInfo.arrival = 1;
      } else if (d > FLIGHT_FROM) {
        // the curve's middle: the chord's midpoint, pulled back from both places and raised,
        // square to the chord (so the curve's widest point is halfway along it)
        fromPos.copy(camera.position);
        fromTarget.copy(c.target);
        _a.subVectors(fromPos, fromTarget).normalize();
        _b.subVectors(goalPos, goalTarget).normalize();
        _a.add(_b).normalize().multiplyScalar(PULL_BACK);
        _a.y += RISE;
        _b.subVectors(goalPos, fromPos).divideScalar(d);
        _a.addScaledVector(_b, -_a.dot(_b)).normalize();
        ctrl
          .addVectors(fromPos, goalPos)
          .multiplyScalar(0.5)
          .addScaledVector(_a, LIFT * d);
        s.move = 'flight';
        s.t = 0;
        s.sec = flightSec(d);
        setLimits(c, true);
        frameInfo.arrival = 0;
      } else {
        s.move = 'glide';
        s.startDist = Math.max(1e-3, d);
        frameInfo.arrival = 0;
      }
    }
    // the pose's field of view, widened on a narrow scene (checked each frame: the phone turns)
    if (camera instanceof PerspectiveCamera) {
      const fov = fittedFov(s.fov, camera.aspect);
      if (Math.abs(camera.fov - fov) > 0.01) {
        camera.fov = fov;
        camera.updateProjectionMatrix();
      }
    }
    if (cameraRequests.arrive) {
      cameraRequests.arrive = false;
      if (s.move) {
        camera.position.copy(goalPos);
        c.target.copy(goalTarget);
        if (s.move === 'flight') setLimits(c, false);
        s.move = '';
        frameInfo.arrival = 1;
      }
    }
    if (s.move === 'flight') {
      s.t = Math.min(1, s.t + Math.min(0.1, delta) / s.sec);
      const u = ease(s.t);
      // quadratic Bézier from the old pose through ctrl to the new one
      const w0 = (1 - u) * (1 - u);
      const w1 = 2 * u * (1 - u);
      const w2 = u * u;
      camera.position.set(
        w0 * fromPos.x + w1 * ctrl.x + w2 * goalPos.x,
        w0 * fromPos.y + w1 * ctrl.y + w2 * goalPos.y,
        w0 * fromPos.z + w1 * ctrl.z + w2 * goalPos.z,
      );
      c.target.lerpVectors(fromTarget, goalTarget, u);
      frameInfo.arrival = u;
      if (s.t >= 1) {
        camera.position.copy(goalPos);
        c.target.copy(goalTarget);
        setLimits(c, false);
        s.move = '';
        frameInfo.arrival = 1;
      }
    } else if (s.move === 'glide') {
      const k = 1 - Math.exp(-Math.min(0.1, delta) * GLIDE_PER_SEC);
      camera.position.lerp(goalPos, k);
      c.target.lerp(goalTarget, k);
      const d = camera.position.distanceTo(goalPos);
      frameInfo.arrival = 1 - Math.min(1, d / s.startDist);
      if (d < 0.01 && c.target.distanceTo(goalTarget) < 0.01) {
        s.move = '';
        frameInfo.arrival = 1;
      }
    }
    c.update(delta);
    cameraReadout.x = camera.position.x;
    cameraReadout.y = camera.position.y;
    cameraReadout.z = camera.position.z;
    cameraReadout.tx = c.target.x;
    cameraReadout.ty = c.target.y;
    cameraReadout.tz = c.target.z;
    cameraReadout.move = s.move;
  });

  return null;
}
