// Which materials draw each named structure (for highlighting), and where its label goes.
// Components register on mount and unregister on unmount; the highlight pass and the labels
// read these maps each frame without allocating.
import { Vector3 } from 'three';
import type { GlowMaterial } from './materials';
import type { StructureId } from '../../story/structures';

interface Entry {
  materials: GlowMaterial[];
  /** label anchor in world space; components with moving structures update it in place */
  anchor: Vector3;
  /** where the label goes when the anchor is off screen (a structure seen in two places) */
  alternate: Vector3 | null;
  /** whether the structure is on screen now (e.g. no BDNF before it is released) */
  visible: boolean;
}

const entries = new Map<StructureId, Entry>();

function entry(id: StructureId): Entry {
  let e = entries.get(id);
  if (!e) {
    e = { materials: [], anchor: new Vector3(), alternate: null, visible: true };
    entries.set(id, e);
  }
  return e;
}

/** Registers materials and a label anchor; returns the function that unregisters them. */
export function registerStructure(
  id: StructureId,
  materials: readonly GlowMaterial[],
  anchor: readonly [number, number, number],
  alternate?: readonly [number, number, number],
): () => void {
  const e = entry(id);
  for (const m of materials) {
    m.userData.baseEmissive = m.emissiveIntensity;
    if (!e.materials.includes(m)) e.materials.push(m);
  }
  e.anchor.set(anchor[0], anchor[1], anchor[2]);
  // a second drawing's alternate (registerAlternate) survives a re-registration without one
  if (alternate) e.alternate = new Vector3(alternate[0], alternate[1], alternate[2]);
  e.visible = true;
  return () => {
    for (const m of materials) {
      const i = e.materials.indexOf(m);
      if (i >= 0) e.materials.splice(i, 1);
    }
    if (e.materials.length === 0 && entries.get(id) === e) entries.delete(id);
  };
}

/**
 * Registers more materials of a structure drawn a second time elsewhere (the molecular close-up)
 * and points its alternate label anchor there, leaving the main anchor to its first owner.
 */
export function registerAlternate(
  id: StructureId,
  materials: readonly GlowMaterial[],
  alternate: readonly [number, number, number],
): () => void {
  const e = entry(id);
  for (const m of materials) {
    m.userData.baseEmissive = m.emissiveIntensity;
    if (!e.materials.includes(m)) e.materials.push(m);
  }
  const alt = new Vector3(alternate[0], alternate[1], alternate[2]);
  e.alternate = alt;
  return () => {
    for (const m of materials) {
      const i = e.materials.indexOf(m);
      if (i >= 0) e.materials.splice(i, 1);
    }
    if (e.alternate === alt) e.alternate = null;
    if (e.materials.length === 0 && entries.get(id) === e) entries.delete(id);
  };
}

export function structureEntry(id: StructureId): Entry | undefined {
  return entries.get(id);
}

/** Moves a structure's label anchor (for moving structures: the label follows one of them). */
export function moveAnchor(id: StructureId, x: number, y: number, z: number): void {
  entries.get(id)?.anchor.set(x, y, z);
}

/** Says whether a structure is on screen now (its label hides while it is not). */
export function setVisible(id: StructureId, visible: boolean): void {
  const e = entries.get(id);
  if (e) e.visible = visible;
}

export function registeredStructures(): IterableIterator<[StructureId, Entry]> {
  return entries.entries();
}

/** Hover state from pointer picking (module scope so hovering commits nothing to React). */
export const pointer = { hovered: null as StructureId | null };
