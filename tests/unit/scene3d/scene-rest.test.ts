// The still scene's frame policy: after the last change (or the story stopping) the molecules go
// on for a moment, slow to a stop, and the canvas rests; a camera glide draws until it arrives;
// a playing story never rests.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  afterFrame,
  motionFactor,
  REST_AFTER_SEC,
  resetSceneRest,
  sceneHidden,
  setFrameRequester,
  setSceneVisible,
  wakeScene,
} from '../../../src/scene3d/system/scene-rest';
import { sceneStats } from '../../../src/scene3d/system/scene-stats';

const DT = 1 / 60;

/** Runs still frames (story not playing, camera arrived) until the scene rests. */
function framesUntilRest(limit = 1000): { frames: number; motion: number[] } {
  const motion: number[] = [];
  for (let i = 1; i <= limit; i++) {
    motion.push(motionFactor(DT, false));
    afterFrame(false, true);
    if (sceneStats.resting) return { frames: i, motion };
  }
  throw new Error('never rested');
}

/** The frames of `seconds` at 60 fps, give or take the last one (float rounding). */
function expectFramesFor(frames: number, seconds: number): void {
  expect(frames).toBeGreaterThanOrEqual(Math.round(seconds / DT));
  expect(frames).toBeLessThanOrEqual(Math.round(seconds / DT) + 1);
}

describe('scene rest', () => {
  beforeEach(() => {
    resetSceneRest();
    sceneStats.resting = false;
  });

  it('still: moves on, slows to a stop without speeding up, then rests', () => {
    for (let i = 0; i < 10; i++) expect(motionFactor(DT, true)).toBe(1);
    const { frames, motion } = framesUntilRest();
    expectFramesFor(frames, REST_AFTER_SEC);
    expect(motion[0]).toBe(1);
    expect(motion.at(-1)).toBe(0);
    for (let i = 1; i < motion.length; i++) expect(motion[i]!).toBeLessThanOrEqual(motion[i - 1]!);
  });

  it('a change wakes a resting scene; a camera glide draws until it arrives', () => {
    framesUntilRest();
    expect(sceneStats.resting).toBe(true);
    wakeScene();
    expect(sceneStats.resting).toBe(false);
    expectFramesFor(framesUntilRest().frames, REST_AFTER_SEC);

    wakeScene();
    for (let i = 0; i < 200; i++) {
      motionFactor(DT, false);
      afterFrame(false, false); // the camera still glides
      expect(sceneStats.resting).toBe(false);
    }
    afterFrame(false, true);
    expect(sceneStats.resting).toBe(true);
  });

  it('playing never rests', () => {
    for (let i = 0; i < 500; i++) {
      expect(motionFactor(DT, true)).toBe(1);
      afterFrame(true, true);
      expect(sceneStats.resting).toBe(false);
    }
  });

  it('an unseen canvas (hidden tab, scrolled away) asks for no frames, even playing', () => {
    let requests = 0;
    setFrameRequester(() => requests++);
    afterFrame(true, true);
    expect(requests).toBe(1);

    setSceneVisible(false);
    expect(sceneHidden()).toBe(true);
    for (let i = 0; i < 10; i++) {
      motionFactor(DT, true);
      afterFrame(true, true);
    }
    wakeScene();
    expect(requests).toBe(1);

    // seen again: one frame at once, and the playing story goes on drawing
    setSceneVisible(true);
    expect(requests).toBe(2);
    afterFrame(true, true);
    expect(requests).toBe(3);
    // telling it again that it is seen asks for nothing more
    setSceneVisible(true);
    expect(requests).toBe(3);
  });
});
