// The synapse's membranes as plain typed arrays, so a worker can build them (the organic
// surfaces cost ~0.3-0.6 s of main-thread time on a laptop at start, about four times that on a
// mid-range phone) and the main thread only wraps the arrays in geometry.
import { BufferAttribute, BufferGeometry } from 'three';
import {
  boutonGeometry,
  capillaryGeometry,
  interneuronAxonGeometry,
  interneuronDendriteGeometry,
  interneuronInputGeometry,
  interneuronTerminalGeometry,
  presynapticAxonGeometry,
  psdGeometry,
  shaftGeometry,
  spineHeadGeometry,
  spineNeckGeometry,
} from './membranes';

export const MEMBRANE_FACTORIES = {
  bouton: boutonGeometry,
  presynapticAxon: presynapticAxonGeometry,
  spineNeck: spineNeckGeometry,
  spineHead: spineHeadGeometry,
  psd: psdGeometry,
  shaft: shaftGeometry,
  interneuronAxon: interneuronAxonGeometry,
  interneuronDendrite: interneuronDendriteGeometry,
  interneuronInput: interneuronInputGeometry,
  interneuronTerminal: interneuronTerminalGeometry,
  capillary: capillaryGeometry,
} as const;
export type MembraneName = keyof typeof MEMBRANE_FACTORIES;
export const MEMBRANE_NAMES = Object.keys(MEMBRANE_FACTORIES) as MembraneName[];

export interface GeometryArrays {
  attributes: { name: string; array: Float32Array; itemSize: number }[];
  index: Uint16Array | Uint32Array | null;
}
export type MembraneArrays = Record<MembraneName, GeometryArrays>;

/** A geometry's attributes and index as arrays (its float attributes: all the membranes have). */
export function toArrays(geometry: BufferGeometry): GeometryArrays {
  const attributes = Object.entries(geometry.attributes).map(([name, attribute]) => {
    if (!(attribute instanceof BufferAttribute) || !(attribute.array instanceof Float32Array))
      throw new Error(`membrane attribute ${name} is not a plain float array`);
    return { name, array: attribute.array, itemSize: attribute.itemSize };
  });
  const indexArray = geometry.index?.array;
  const index =
    indexArray instanceof Uint16Array || indexArray instanceof Uint32Array ? indexArray : null;
  return { attributes, index };
}

/** Geometry over the arrays (shared, never written: a remount wraps the same arrays again). */
export function fromArrays(arrays: GeometryArrays): BufferGeometry {
  const geometry = new BufferGeometry();
  for (const { name, array, itemSize } of arrays.attributes)
    geometry.setAttribute(name, new BufferAttribute(array, itemSize));
  if (arrays.index) geometry.setIndex(new BufferAttribute(arrays.index, 1));
  geometry.computeBoundingSphere();
  return geometry;
}

/** Every membrane, built here (in the worker, or on the main thread where there is none). */
export function buildMembranes(): MembraneArrays {
  const out = {} as MembraneArrays;
  for (const name of MEMBRANE_NAMES) {
    const geometry = MEMBRANE_FACTORIES[name]();
    out[name] = toArrays(geometry);
  }
  return out;
}

/** The arrays' buffers, to transfer rather than copy. */
export function buffersOf(set: MembraneArrays): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const name of MEMBRANE_NAMES) {
    const { attributes, index } = set[name];
    for (const a of attributes) buffers.push(a.array.buffer as ArrayBuffer);
    if (index) buffers.push(index.buffer as ArrayBuffer);
  }
  return buffers;
}
