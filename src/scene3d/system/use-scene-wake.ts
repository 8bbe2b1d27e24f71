// Wakes a resting scene (scene-rest.ts) on every change that can alter the picture: app state,
// the story clock (seek, stage), the pointer on the canvas, a resize, the tab coming back, or a
// restored WebGL context. Orbit and camera moves wake it from CameraRig. A hidden tab or a canvas
// scrolled out of view (an IntersectionObserver) draws nothing until it is seen again.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { clock, onClockTick } from '../../state/clock';
import { useApp } from '../../state/app-store';
import { setFrameRequester, setSceneVisible, wakeScene } from './scene-rest';

const CANVAS_EVENTS = ['pointermove', 'pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

export function useSceneWake(): void {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    setFrameRequester(() => invalidate());
    wakeScene();
    const stopApp = useApp.subscribe(() => wakeScene());
    const seen = { stage: clock.stageIndex, progress: clock.progress, time: clock.modelTimeMin };
    const stopClock = onClockTick((c) => {
      const same =
        c.stageIndex === seen.stage && c.progress === seen.progress && c.modelTimeMin === seen.time;
      if (same) return;
      seen.stage = c.stageIndex;
      seen.progress = c.progress;
      seen.time = c.modelTimeMin;
      wakeScene();
    });
    const canvas = gl.domElement;
    for (const type of CANVAS_EVENTS) canvas.addEventListener(type, wakeScene, { passive: true });
    canvas.addEventListener('webglcontextrestored', wakeScene);
    // shown = tab shown and some of the canvas in the viewport
    let inView = true;
    const shown = () => setSceneVisible(inView && document.visibilityState !== 'hidden');
    const onVisibility = () => {
      shown();
      wakeScene();
    };
    document.addEventListener('visibilitychange', onVisibility);
    shown();
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(wakeScene);
    resize?.observe(canvas.parentElement ?? canvas);
    const view =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            const last = entries[entries.length - 1];
            if (!last) return;
            inView = last.isIntersecting;
            shown();
          });
    view?.observe(canvas);
    return () => {
      setFrameRequester(null);
      stopApp();
      stopClock();
      for (const type of CANVAS_EVENTS) canvas.removeEventListener(type, wakeScene);
      canvas.removeEventListener('webglcontextrestored', wakeScene);
      document.removeEventListener('visibilitychange', onVisibility);
      resize?.disconnect();
      view?.disconnect();
      setSceneVisible(true);
    };
  }, [gl, invalidate]);
}
