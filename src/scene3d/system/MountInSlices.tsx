// Mounts its children in a transition, so React builds the scene's parts (their geometry is
// made in code as they mount) in slices between which the browser can handle input, instead of
// in one long task that freezes a slow phone for most of a second.
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function MountInSlices({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(false);
  useEffect(() => startTransition(() => setOn(true)), []);
  return on ? children : null;
}
