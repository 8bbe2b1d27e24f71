// Where the synapse's membrane geometry comes from: the worker's arrays once they are here
// (asked for as soon as the 3D chunk loads), else built on the main thread (no Worker, or it
// failed). The scene's parts mount after `membranesReady()` resolves, so the first frame has them.
import type { BufferGeometry } from 'three';
import {
  MEMBRANE_FACTORIES,
  fromArrays,
  type MembraneArrays,
  type MembraneName,
} from './membrane-arrays';
import { sceneStats } from '../system/scene-stats';

let arrays: MembraneArrays | null = null;
let ready: Promise<void> | null = null;

/** Starts the worker once; resolves when its arrays arrived or it is known not to come. */
export function membranesReady(): Promise<void> {
  if (ready) return ready;
  ready = new Promise<void>((resolve) => {
    if (typeof Worker === 'undefined') {
      sceneStats.membranes = 'main';
      resolve();
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./membranes.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      sceneStats.membranes = 'main';
      resolve();
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<MembraneArrays>) => {
      arrays = event.data;
      sceneStats.membranes = 'worker';
      worker.terminate();
      resolve();
    });
    worker.addEventListener('error', () => {
      sceneStats.membranes = 'main';
      worker.terminate();
      resolve();
    });
    worker.postMessage('build');
  });
  return ready;
}

/** A membrane's geometry (a new geometry each call: its owner disposes it). */
export function membraneGeometry(name: MembraneName): BufferGeometry {
  const set = arrays?.[name];
  return set ? fromArrays(set) : MEMBRANE_FACTORIES[name]();
}
