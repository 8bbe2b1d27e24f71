// Lowers the canvas's pixel ratio when the GPU cannot hold 30 frames per second while the story
// plays, and raises it again when frames come fast (resolution-governor.ts). A change is rare
// (at most once a second); it goes through R3F's setDpr, which resizes the drawing buffer.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useConstant } from './use-constant';
import { createGovernor, governFrame } from './resolution-governor';
import { sceneStats } from './scene-stats';

interface Props {
  /** pixel ratio the canvas starts at */
  start: number;
  min: number;
  max: number;
}

export function AdaptiveResolution({ start, min, max }: Props) {
  const setDpr = useThree((s) => s.setDpr);
  const governor = useConstant(() => createGovernor(start, min, max));
  useEffect(() => {
    sceneStats.dpr = governor.dpr;
  }, [governor]);
  useFrame((_, delta) => {
    // only frames the story asks for back to back say anything about the frame rate
    if (sceneStats.resting) return;
    const next = governFrame(governor, delta);
    if (next === null) return;
    sceneStats.dpr = next;
    setDpr(next);
  });
  return null;
}
