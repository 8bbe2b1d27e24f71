// The worker's membranes are the main thread's: the same arrays survive toArrays/fromArrays and
// a structured clone (what postMessage does), and every membrane is there.
import { describe, expect, it } from 'vitest';
import {
  MEMBRANE_FACTORIES,
  MEMBRANE_NAMES,
  buffersOf,
  buildMembranes,
  fromArrays,
} from '../../../src/scene3d/geometry/membrane-arrays';

describe('membranes built as arrays (for the worker)', () => {
  const set = structuredClone(buildMembranes());

  it('has every membrane, each with positions, normals and an index', () => {
    expect(Object.keys(set).sort()).toEqual([...MEMBRANE_NAMES].sort());
    for (const name of MEMBRANE_NAMES) {
      const names = set[name].attributes.map((a) => a.name);
      expect(names, name).toContain('position');
      expect(names, name).toContain('normal');
      expect(set[name].index, name).not.toBeNull();
    }
  });

  it('wraps into the same geometry the factories make on the main thread', () => {
    for (const name of MEMBRANE_NAMES) {
      const direct = MEMBRANE_FACTORIES[name]();
      const wrapped = fromArrays(set[name]);
      for (const attribute of ['position', 'normal']) {
        const a = direct.getAttribute(attribute).array;
        const b = wrapped.getAttribute(attribute).array;
        expect(b.length, `${name}.${attribute}`).toBe(a.length);
        expect(Array.from(b), `${name}.${attribute}`).toEqual(Array.from(a));
      }
      expect(Array.from(wrapped.index!.array), name).toEqual(Array.from(direct.index!.array));
      direct.computeBoundingSphere();
      expect(wrapped.boundingSphere!.radius).toBeCloseTo(direct.boundingSphere!.radius, 5);
      direct.dispose();
      wrapped.dispose();
    }
  });

  it('transfers every buffer once', () => {
    const buffers = buffersOf(buildMembranes());
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.length).toBeGreaterThanOrEqual(MEMBRANE_NAMES.length * 3);
  });
});
