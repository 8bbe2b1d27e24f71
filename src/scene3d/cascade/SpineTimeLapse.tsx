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
  PerspectiveCamera,
  PlaneGeometry,
  type Mesh,
  Quaternion,
  Vector3,
} from 'three';
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { shownHours } from '../../i18n/format-time';
import { useLang, useText } from '../../i18n/use-text';
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
import { clockKeepOut, noteKeepOut } from '../overlay/label-slots';
import { CLOCK_PX, clockTitle, drawClockFace, makeClockFace } from './spine-clock';

/** The stressed dendrite's axis, below the treated one (scene units). It ends short of the
 * view's lower right corner, where the clock hangs (on a projector it reached under it). */
const STRESSED: Vec3[] = [
  [-7, -6.9, -0.4],
  [-3.6, -7.05, -0.2],
  [-0.2, -7.0, -0.1],
  [2.6, -6.9, -0.3],
];
const STRESSED_RADIUS = 0.8;
/** Its few thin spines: x along the dendrite, angle around it (0 up, + toward the viewer). */
const STRESSED_SPINES = [
  { x: -4.6, angle: 0.3, length: 0.95 },
  { x: -1.4, angle: -0.45, length: 1.05 },
  { x: 1.7, angle: 0.5, length: 0.9 },
] as const;
/** The clock hangs in front of the camera, in the view's lower right corner: its distance, its
 * height as a share of the view's height, and its margin from the corner (same share). */
const CLOCK_DISTANCE = 4;
const CLOCK_SHARE = 0.15;
/** Smallest clock height, CSS pixels (a short canvas, e.g. beside the reduced-motion panel). */
const CLOCK_MIN_PX = 64;
const CLOCK_MARGIN = 0.03;
const CLOCK_ASPECT = CLOCK_PX.width / CLOCK_PX.height;

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
  const lang = useLang();
  const tubeGeo = useDisposable(stressedGeometry);
  const spineGeo = useDisposable(spineGeometry);
  const mat = useDisposable(() => membraneMaterial(pale));
  const face = useDisposable(() => {
    const f = makeClockFace();
    return { ...f, dispose: () => f.texture.dispose() };
  });
  const planeGeo = useDisposable(() => new PlaneGeometry(CLOCK_ASPECT, 1));
  const faceMat = useDisposable(
    () =>
      new MeshBasicMaterial({ map: face.texture, transparent: true, fog: false, depthTest: false }),
  );
  const clockRef = useRef<Mesh>(null);
  const spinesRef = useRef<InstancedMesh>(null);
  const drawn = useRef({ hours: -1 });
  useStructure('stressedDendrite', [mat], [-2.8, -7.6, 0.6]);

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

  // gone with the stage: the labels have the whole view again
  useEffect(
    () => () => {
      clockKeepOut.w = 0;
    },
    [],
  );

  // a language change redraws the face
  useEffect(() => {
    drawn.current.hours = -1;
  }, [tr]);

  useFrame(({ camera, size }) => {
    const shown = inCast('spineTimeLapse');
    const plate = clockRef.current;
    if (shown && plate && camera instanceof PerspectiveCamera) {
      // a fixed place on screen whatever the canvas's shape: the lower right corner
      const halfH = CLOCK_DISTANCE * Math.tan((camera.fov * Math.PI) / 360);
      const halfW = halfH * camera.aspect;
      // at least CLOCK_MIN_PX tall, at most half the view's width
      const share = Math.min(
        Math.max(CLOCK_SHARE, CLOCK_MIN_PX / Math.max(1, size.height)),
        (0.5 * camera.aspect) / CLOCK_ASPECT,
      );
      // on screen, px: the lower right corner, lifted above the scale note where the note sits
      // over the picture there (a laptop's scene; on a phone the note is under the canvas)
      const hPx = share * size.height;
      const wPx = hPx * CLOCK_ASPECT;
      const marginPx = CLOCK_MARGIN * size.height;
      let bottomPx = marginPx;
      const note = noteKeepOut; // (as the labels last measured it)
      if (note.w > 0 && note.y < size.height && note.x + note.w > size.width - marginPx - wPx)
        bottomPx = Math.max(marginPx, size.height - note.y + marginPx);
      const pxToView = (2 * halfH) / size.height;
      const h = hPx * pxToView;
      _p.set(
        halfW - (marginPx + wPx / 2) * pxToView,
        -halfH + (bottomPx + hPx / 2) * pxToView,
        -CLOCK_DISTANCE,
      );
      plate.position.copy(_p.applyQuaternion(camera.quaternion).add(camera.position));
      plate.quaternion.copy(camera.quaternion);
      plate.scale.setScalar(h);
      // its box, for the labels to keep clear of (overlay/label-slots.ts)
      clockKeepOut.w = wPx;
      clockKeepOut.h = hPx;
      clockKeepOut.x = size.width - marginPx - wPx;
      clockKeepOut.y = size.height - bottomPx - hPx;
    } else clockKeepOut.w = 0;
    // the clock's time is the header's (clock.modelTimeMin), rounded the header's way
    const minutes = clock.modelTimeMin;
    sceneStats.cascade.modelHours = shown ? clockHours(minutes) : -1;
    const hours = shownHours(minutes);
    sceneStats.cascade.clockHours = shown ? hours : -1;
    if (!shown || drawn.current.hours === hours) return;
    drawn.current.hours = hours;
    drawClockFace(face, minutes / 60, clockTitle(minutes, lang), tr(S.spineClockNote));
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
      <mesh
        ref={clockRef}
        geometry={planeGeo}
        material={faceMat}
        renderOrder={20}
        frustumCulled={false}
      />
    </group>
  );
}
