// Registers a structure's materials and label anchor while the component is mounted.
import { useEffect } from 'react';
import type { GlowMaterial } from './materials';
import type { StructureId } from '../../story/structures';
import { registerStructure } from './registry';

export function useStructure(
  id: StructureId,
  materials: readonly GlowMaterial[],
  anchor: readonly [number, number, number],
  alternate?: readonly [number, number, number],
): void {
  const [ax, ay, az] = anchor;
  const [bx, by, bz] = alternate ?? [NaN, NaN, NaN];
  // The materials array is rebuilt each render; its members are stable (useDisposable).
  const first = materials[0];
  const second = materials[1];
  const third = materials[2];
  useEffect(() => {
    const list = [first, second, third].filter((m): m is GlowMaterial => !!m);
    return registerStructure(id, list, [ax, ay, az], Number.isNaN(bx) ? undefined : [bx, by, bz]);
  }, [id, first, second, third, ax, ay, az, bx, by, bz]);
}
