// Runs first each frame (sets frameInfo) and last (renders once and publishes the renderer's
// counters for the whole frame into window.__sceneStats). Allocates nothing per frame.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useApp, currentStage } from '../../state/app-store';
import { viewFor } from '../../story/views';
import { ACTOR_IDS } from '../../story/structures';
import { inCast } from './cast';
import { frameInfo } from './frame-info';
import { sceneStats } from './scene-stats';
import { afterFrame, motionFactor } from './scene-rest';
import { useSceneWake } from './use-scene-wake';
import { drawingHeld } from './shader-gate';

/** Longest step of the animation, seconds (a background tab does not jump). */
const MAX_DT = 1 / 15;

/** Whether the story moves this frame (playing, not blacked out, motion allowed): set first. */
let storyMoves = false;

export function SceneDriver() {
  const gl = useThree((s) => s.gl);
  useSceneWake();
  useEffect(() => {
    gl.info.autoReset = false;
    sceneStats.mounts++;
  }, [gl]);

  useFrame((_, delta) => {
    const app = useApp.getState();
    const stage = currentStage();
    // the app's setting starts from prefers-reduced-motion (boot.ts) and the Display menu can
    // override it either way
    const reduced = app.reducedMotion;
    const view = viewFor(stage, app.selectedCondition);
    if (
      reduced !== frameInfo.reduced ||
      view !== frameInfo.view ||
      stage.id !== frameInfo.stageId
    ) {
      frameInfo.stillKey++;
    }
    if (stage.id !== frameInfo.stageId) {
      // strings built once per stage, not per frame
      sceneStats.focus = stage.focus?.join(',') ?? '';
      sceneStats.cast = ACTOR_IDS.filter(inCast).join(',');
    }
    frameInfo.reduced = reduced;
    frameInfo.view = view;
    frameInfo.stageId = stage.id;
    // The calm view (side effects, history) moves at 40 % speed.
    const pace = view === 'calm' ? 0.4 : 1;
    const step = Math.min(MAX_DT, Math.max(0, delta));
    // a paused scene's molecules slow to a stop a few seconds after the last change
    storyMoves = app.playing && !app.blackout && !reduced;
    const rest = motionFactor(step, storyMoves);
    frameInfo.dt = reduced ? 0 : step * pace * rest;
    frameInfo.t += frameInfo.dt;
  }, -100);

  useFrame(({ gl: renderer, scene, camera }) => {
    // shaders still compiling (CompileBeforeDrawing): drawn once they are ready
    if (drawingHeld()) return;
    renderer.info.reset();
    renderer.render(scene, camera);
    const info = renderer.info;
    sceneStats.frames++;
    sceneStats.calls = info.render.calls;
    sceneStats.triangles = info.render.triangles;
    sceneStats.points = info.render.points;
    sceneStats.lines = info.render.lines;
    sceneStats.geometries = info.memory.geometries;
    sceneStats.textures = info.memory.textures;
    sceneStats.programs = info.programs?.length ?? 0;
    sceneStats.stageId = frameInfo.stageId;
    sceneStats.view = frameInfo.view;
    sceneStats.arrival = frameInfo.arrival;
    afterFrame(storyMoves, frameInfo.arrival >= 1);
  }, 1);

  return null;
}
