// Spines along the dendrite shaft: a few thin ones (the stressed, depressed state) and new
// ones that grow out, one after another, as the model's spine density rises
// (clock.state.spineDensity; 12-24 h, lasting days in mice: pd.spines.modaSava,
// pd.spines.duration): each starts as a thin bud and becomes a mushroom spine
// (cascade/cascade-levels spineShape). One instanced mesh.
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, Quaternion, Sphere, Vector3 } from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { SHAFT, SPINE_SLOTS } from '../layout';
import { curveOf } from '../geometry/organic';
import { spineGeometry } from '../cascade/cascade-geometry';
import { BUD_FROM, spineCounts, spineGrowth, spineShape } from '../cascade/cascade-levels';
import { inCast } from '../system/cast';
import { sceneStats } from '../system/scene-stats';
import { membraneMaterial } from '../system/materials';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { useStructure } from '../system/use-structure';

const NEW_SLOTS = SPINE_SLOTS.filter((s) => s.order > 0).length;

const _matrix = new Matrix4();
const _scale = new Vector3();
const oldColor = new Color(ACTOR_COLORS.spine).multiplyScalar(0.9);
const newColor = new Color('#f4cdb4');

interface Base {
  position: Vector3;
  quaternion: Quaternion;
}

function bases(): Base[] {
  const curve = curveOf(SHAFT.points);
  const samples = Array.from({ length: 400 }, (_, i) => curve.getPointAt(i / 399));
  return SPINE_SLOTS.map((slot) => {
    let best = samples[0]!;
    for (const p of samples) if (Math.abs(p.x - slot.x) < Math.abs(best.x - slot.x)) best = p;
    const dir = new Vector3(0, Math.cos(slot.angle), Math.sin(slot.angle));
    return {
      position: best.clone().addScaledVector(dir, SHAFT.radius * 0.9),
      quaternion: new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir),
    };
  });
}

export function NewSpines() {
  const geo = useDisposable(spineGeometry);
  const mat = useDisposable(() => membraneMaterial('#ffffff'));
  const placed = useConstant(() => bases());
  const ref = useRef<InstancedMesh>(null);
  useStructure('newSpines', [mat], [2.6, -1.5, 0.9]);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    SPINE_SLOTS.forEach((slot, i) => mesh.setColorAt(i, slot.order === 0 ? oldColor : newColor));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.boundingSphere = new Sphere(new Vector3(0, -3, 0), 10);
  }, []);

  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const density = clock.state.spineDensity;
    const counts = spineCounts(density, NEW_SLOTS);
    const cast = inCast('newSpines');
    sceneStats.cascade.spinesBuds = cast ? counts.buds : 0;
    sceneStats.cascade.spinesMature = cast ? counts.mature : 0;
    // Slots are listed old ones first, then new ones in the order they grow, so the spines on
    // screen are always the first `shown` instances and the rest are not drawn at all.
    let shown = 0;
    for (let i = 0; i < SPINE_SLOTS.length; i++) {
      const slot = SPINE_SLOTS[i]!;
      const b = placed[i]!;
      let len: number;
      let width: number;
      if (slot.order === 0) {
        len = slot.length;
        width = 0.62; // thin spines of the stressed state
      } else {
        const g = spineGrowth(density, NEW_SLOTS, slot.order);
        if (g < BUD_FROM) break;
        const shape = spineShape(g); // a thin bud first, then the head swells
        len = slot.length * shape.length;
        width = shape.width;
      }
      _scale.set(width, len, width);
      _matrix.compose(b.position, b.quaternion, _scale);
      mesh.setMatrixAt(i, _matrix);
      shown = i + 1;
    }
    mesh.count = shown;
    mesh.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={ref}
      args={[geo, mat, SPINE_SLOTS.length]}
      frustumCulled={false}
      userData={{ structure: 'newSpines' }}
    />
  );
}
