// Draws its children only while the stage's cast lists the actor (system/cast). The children
// stay mounted (no rebuild between stages); hidden groups cost no draw calls.
import { useFrame } from '@react-three/fiber';
import { useRef, type ReactNode } from 'react';
import type { Group } from 'three';
import type { ActorId } from '../../story/structures';
import { inCast } from './cast';

export function CastGroup({ actor, children }: { actor: ActorId; children: ReactNode }) {
  const ref = useRef<Group>(null);
  useFrame(() => {
    if (ref.current) ref.current.visible = inCast(actor);
  }, -50);
  return <group ref={ref}>{children}</group>;
}
