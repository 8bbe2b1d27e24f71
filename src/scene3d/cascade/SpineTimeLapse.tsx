// The spines stage's time-lapse: a clock showing the model's hours since the dose, and, below the
// treated dendrite, a paler stressed dendrite with few thin spines for comparison (chronic stress
// removes spines and ketamine restored them in mice: pd.spines.modaSava). Both are rodent data.
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  Color,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  PlaneGeometry,
  Quaternion,
  Vector3,
} from 'three';
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import type { Vec3 } from '../layout';
import { organicTube } from '../geometry/organic';
import { inCast } from '../system/cast';
import { membraneMaterial } from '../system/materials';
import { sceneStats } from '../system/scene-stats';
import { useDisposable } from '../system/use-disposable';
import { useStructure } from '../system/use-structure';
import { spineGeometry } from './cascade-geometry';
import { clockHours } from './cascade-levels';
import { CLOCK_PX, drawClockFace, makeClockFace } from './spine-clock';

/** The stressed dendrite's axis, below the treated one (scene units). */
const STRESSED: Vec3[] = [
  [-7, -6.9, -0.4],
  [-2.5, -7.05, -0.2],
  [1.5, -7.0, -0.1],
  [4.6, -6.9, -0.3],
];
const STRESSED_RADIUS = 0.8;
/** Its few thin spines: x along the dendrite, angle around it (0 up, + toward the viewer). */
const STRESSED_SPINES = [
  { x: -4.2, angle: 0.3, length: 0.95 },
  { x: -0.4, angle: -0.45, length: 1.05 },
  { x: 3.6, angle: 0.5, length: 0.9 },
] as const;
/** Where the clock hangs and its height, scene units. */
const CLOCK_AT: Vec3 = [5.9, -6.2, 2.5];
const CLOCK_HEIGHT = 1.25;

const _m = new Matrix4();
const _q = new Quaternion();
const _p = new Vector3();
const _s = new Vector3();
const _up = new Vector3(0, 1, 0);
const _dir = new Vector3();
const pale = new Color(ACTOR_COLORS.spine).lerp(new Color('#8a8f99'), 0.7).getStyle();

function stressedGeometry() {
  return organicTube(STRESSED, STRESSED_RADIUS, (t) => Math.min(1, t * 14, (1 - t) * 14), 60, 18);
}

export function SpineTimeLapse() {
  const tr = useText();
  const tubeGeo = useDisposable(stressedGeometry);
  const spineGeo = useDisposable(spineGeometry);
  const mat = useDisposable(() => membraneMaterial(pale));
  const face = useDisposable(() => {
    const f = makeClockFace();
    return { ...f, dispose: () => f.texture.dispose() };
  });
  const planeGeo = useDisposable(
    () => new PlaneGeometry((CLOCK_HEIGHT * CLOCK_PX.width) / CLOCK_PX.height, CLOCK_HEIGHT),
  );
  const faceMat = useDisposable(
    () => new MeshBasicMaterial({ map: face.texture, transparent: true, fog: false }),
  );
  const spinesRef = useRef<InstancedMesh>(null);
  const drawn = useRef({ hours: -1 });
  useStructure('stressedDendrite', [mat], [-7.4, -6.9, 0.6]);

  useLayoutEffect(() => {
    const mesh = spinesRef.current;
    if (!mesh) return;
    STRESSED_SPINES.forEach((s, i) => {
      _dir.set(0, Math.cos(s.angle), Math.sin(s.angle));
      _p.set(s.x, -6.95, -0.2).addScaledVector(_dir, STRESSED_RADIUS * 0.9);
      _q.setFromUnitVectors(_up, _dir);
      mesh.setMatrixAt(i, _m.compose(_p, _q, _s.set(0.5, s.length, 0.5)));
    });
    mesh.instanceMatrix.needsUpdate = true;
  }, []);

  // a language change redraws the face
  useEffect(() => {
    drawn.current.hours = -1;
  }, [tr]);

  useFrame(() => {
    const shown = inCast('spineTimeLapse');
    const hours = clockHours(clock.state.tMin);
    sceneStats.cascade.modelHours = shown ? hours : -1;
    const whole = Math.round(hours);
    sceneStats.cascade.clockHours = shown ? whole : -1;
    if (!shown || drawn.current.hours === whole) return;
    drawn.current.hours = whole;
    drawClockFace(face, hours, tr(S.spineClock, { hours: whole }), tr(S.spineClockNote));
  });

  return (
    <group>
      <mesh geometry={tubeGeo} material={mat} userData={{ structure: 'stressedDendrite' }} />
      <instancedMesh
        ref={spinesRef}
        args={[spineGeo, mat, STRESSED_SPINES.length]}
        frustumCulled={false}
        userData={{ structure: 'stressedDendrite' }}
      />
      <mesh geometry={planeGeo} material={faceMat} position={CLOCK_AT} renderOrder={8} />
    </group>
  );
}
