// Mounts its children in a transition, so React builds the scene's parts (their geometry is
// made in code as they mount) in slices between which the browser can handle input, instead of
// in one long task that freezes a slow phone for most of a second; and only once the
// membranes' geometry, built in a worker, has arrived. Their shaders are compiled before the
// first frame draws them (CompileBeforeDrawing).
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { membranesReady } from '../geometry/membrane-source';
import { CompileBeforeDrawing } from './CompileBeforeDrawing';

export function MountInSlices({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let live = true;
    // the membranes come from a worker (geometry/membrane-source): mount once they are here
    void membranesReady().then(() => {
      if (live) startTransition(() => setOn(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return on ? (
    <>
      {children}
      <CompileBeforeDrawing />
    </>
  ) : null;
}
