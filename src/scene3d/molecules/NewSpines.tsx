// Spines along the dendrite shaft: a few thin ones (the stressed, depressed state) and new
// ones that grow out, one after another, as the model's spine density rises
// (clock.state.spineDensity; 12-24 h, lasting days in mice: pd.spines.modaSava,
// pd.spines.duration). One instanced mesh.
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, Quaternion, Sphere, Vector3 } from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { SHAFT, SPINE_SLOTS } from '../layout';
import { curveOf, displace, lathe, smoothProfile } from '../geometry/organic';
import { membraneMaterial } from '../system/materials';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { useStructure } from '../system/use-structure';

/** Density gain that grows every slot (≈ the model's peak, 1.22x at 24 h); display mapping. */
const FULL_GAIN = 0.22;
const NEW_SLOTS = SPINE_SLOTS.filter((s) => s.order > 0).length;

const _matrix = new Matrix4();
const _scale = new Vector3();
const oldColor = new Color(ACTOR_COLORS.spine).multiplyScalar(0.9);
const newColor = new Color('#f4cdb4');

function spineShape() {
  const profile = smoothProfile(
    [
      [0.3, -0.2],
      [0.15, 0.05],
      [0.1, 0.35],
      [0.11, 0.58],
      [0.27, 0.74],
      [0.33, 0.88],
      [0.27, 1.0],
      [0.0, 1.04],
    ],
    18,
  );
  return displace(lathe(profile, 14, 0), 0.015, 9.1, true);
}

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
  const geo = useDisposable(spineShape);
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
    const extra = (Math.max(0, clock.state.spineDensity - 1) / FULL_GAIN) * NEW_SLOTS;
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
        const g = Math.min(1, Math.max(0, extra - (slot.order - 1)));
        if (g <= 0) break;
        const ease = g * g * (3 - 2 * g);
        len = slot.length * ease;
        width = 0.2 + 0.8 * ease * Math.sqrt(ease); // a thin bud first, then the head swells
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
