// The resolution governor: slow frames lower the pixel ratio a step at a time down to its floor,
// fast frames raise it back to its cap, gaps and rests are not frame times, and a governor
// whose floor is its cap (a software rasteriser) never changes.
import { describe, expect, it } from 'vitest';
import {
  DPR_STEP,
  FAST_FRAMES_TO_RISE,
  SLOW_FRAMES_TO_DROP,
  createGovernor,
  governFrame,
  type ResolutionGovernor,
} from '../../../src/scene3d/system/resolution-governor';

/** Feeds `count` frames of `sec` each; returns the changes it made, in order. */
function feed(g: ResolutionGovernor, sec: number, count: number): number[] {
  const changes: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = governFrame(g, sec);
    if (next !== null) changes.push(next);
  }
  return changes;
}

describe('resolution governor', () => {
  it('starts at the device ratio clamped to its range', () => {
    expect(createGovernor(3, 0.75, 1.5).dpr).toBe(1.5);
    expect(createGovernor(0.5, 0.75, 1.5).dpr).toBe(0.75);
    expect(createGovernor(1.25, 0.75, 1.5).dpr).toBe(1.25);
  });

  it('holds at 60 fps and at 40 fps', () => {
    const g = createGovernor(1.5, 0.75, 1.5);
    expect(feed(g, 1 / 60, 1000)).toEqual([]);
    expect(feed(g, 1 / 40, 1000)).toEqual([]);
    expect(g.dpr).toBe(1.5);
  });

  it('at 20 fps drops a step about every second, down to its floor and no further', () => {
    const g = createGovernor(1.5, 0.75, 1.5);
    // the smoothed time needs a few frames to pass 1/30 s, then SLOW_FRAMES_TO_DROP in a row
    const first = feed(g, 1 / 20, SLOW_FRAMES_TO_DROP - 1);
    expect(first).toEqual([]);
    expect(feed(g, 1 / 20, 200)).toEqual([1.25, 1, 0.75]);
    expect(g.dpr).toBe(0.75);
    expect(feed(g, 1 / 20, 500)).toEqual([]);
  });

  it('fast frames give the pixels back, one step per long fast run', () => {
    const g = createGovernor(1.5, 0.75, 1.5);
    feed(g, 1 / 10, 300);
    expect(g.dpr).toBe(0.75);
    const back = feed(g, 1 / 120, FAST_FRAMES_TO_RISE * 4 + 20);
    expect(back).toEqual([1, 1.25, 1.5]);
    expect(back[0]).toBe(0.75 + DPR_STEP);
  });

  it('ignores gaps (a resting scene, a tab away) and nonsense times', () => {
    const g = createGovernor(1.5, 0.75, 1.5);
    expect(feed(g, 2, 500)).toEqual([]);
    expect(feed(g, 0, 500)).toEqual([]);
    expect(feed(g, Number.NaN, 500)).toEqual([]);
    expect(g.frameSec).toBe(0);
  });

  it('a software rasteriser pinned at 1 never changes', () => {
    const g = createGovernor(2, 1, 1);
    expect(feed(g, 1 / 5, 1000)).toEqual([]);
    expect(feed(g, 1 / 200, 1000)).toEqual([]);
    expect(g.dpr).toBe(1);
  });
});
