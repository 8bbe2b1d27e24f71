// Ketamine: free molecules in the tissue, as many as the model's plasma level says
// (clock.state.plasmaMicroM), arriving from the capillary; and one molecule in the pore of each
// NMDA receptor the model blocks (system/pores), entering while the channel is open.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Euler, InstancedMesh, Matrix4, Quaternion, Sphere, Vector3 } from 'three';
import { createRng } from '../../model';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { BOUTON, CAPILLARY, INTERNEURON, RECEPTOR_COUNTS, SHAFT, SPINE } from '../layout';
import { ketamineGeometry } from '../geometry/molecules';
import { curveOf } from '../geometry/organic';
import { interneuronInput } from '../geometry/placements';
import { frameInfo } from '../system/frame-info';
import { moleculeMaterial } from '../system/materials';
import { ENTRY_START, KETAMINE_SITE, NMDA_TOTAL, pores } from '../system/pores';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { moveAnchor } from '../system/registry';
import { useStructure } from '../system/use-structure';

const FREE = 80;
/** Plasma level drawn with every free molecule shown, µM (≈ the 185 ng/mL peak, pk.cmax.antidep). */
const FULL_MICROM = 0.8;
const ARRIVE_SEC = 2.5;
/** Free molecules are drawn smaller than trapped ones, so the block reads at a glance. */
const FREE_SCALE = 0.8;
const IN_PORE_SCALE = 1.35;
/** Label anchor while no molecule is trapped: among the free ones near the interneuron. */
const FREE_ANCHOR: [number, number, number] = [-3.9, 1.6, 1.0];
/** Camera distance (scene units) beyond which free molecules are drawn larger. */
const ZOOM_FROM = 8;

const _matrix = new Matrix4();
const _quaternion = new Quaternion();
const _euler = new Euler();
const _position = new Vector3();
const from = new Vector3();
const _scale = new Vector3();

function outsideMembranes(x: number, y: number, z: number, inter: readonly Vector3[]): boolean {
  const [bx, by, bz] = BOUTON.center;
  if ((x - bx) ** 2 + (y - by) ** 2 + (z - bz) ** 2 < (BOUTON.radius + 0.2) ** 2) return false;
  if (x * x + (y - SPINE.headCenterY) ** 2 + z * z < (SPINE.headRadius + 0.25) ** 2) return false;
  if (x * x + z * z < 0.5 && y < SPINE.headCenterY && y > SPINE.baseY - 0.5) return false;
  if ((y + 3.15) ** 2 + z * z < (SHAFT.radius + 0.3) ** 2) return false;
  for (const p of inter) if (p.distanceToSquared(_position.set(x, y, z)) < 0.75 ** 2) return false;
  return true;
}

function makeHomes(): { home: Float32Array; source: Float32Array } {
  const rng = createRng(41);
  // points inside the interneuron (axon, dendrite, terminal, its input bouton) to keep clear of
  const axon = curveOf(INTERNEURON.axon);
  const dendrite = curveOf(INTERNEURON.dendrite);
  const inter = Array.from({ length: 30 }, (_, i) => axon.getPointAt(i / 29));
  for (let i = 0; i < 30; i++) inter.push(dendrite.getPointAt(i / 29));
  const [ix, iy, iz] = INTERNEURON.terminal;
  inter.push(new Vector3(ix, iy, iz), interneuronInput().center);
  const home = new Float32Array(FREE * 3);
  const source = new Float32Array(FREE * 3);
  const cap = curveOf(CAPILLARY.points);
  let k = 0;
  while (k < FREE) {
    // A third near the interneuron dendrite's receptors, the rest around the synapse.
    const nearInter = k % 3 === 0;
    const x = nearInter ? -7.0 + rng.next() * 4.2 : -3.2 + rng.next() * 6.4;
    const y = nearInter ? 1.4 + rng.next() * 2.8 : -2.0 + rng.next() * 4.8;
    const z = nearInter ? -0.1 + rng.next() * 1.8 : -0.6 + rng.next() * 2.4;
    if (!outsideMembranes(x, y, z, inter)) continue;
    home[k * 3] = x;
    home[k * 3 + 1] = y;
    home[k * 3 + 2] = z;
    const c = cap.getPointAt(0.33 + rng.next() * 0.34);
    source[k * 3] = c.x;
    source[k * 3 + 1] = c.y - CAPILLARY.radius * 0.6;
    source[k * 3 + 2] = c.z + CAPILLARY.radius * 0.6;
    k++;
  }
  return { home, source };
}

export function Ketamine() {
  const homes = useConstant(() => makeHomes());
  const appear = useConstant(() => new Float32Array(FREE));
  const geo = useDisposable(ketamineGeometry);
  const mat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.ketamine, 0.5));
  const ref = useRef<InstancedMesh>(null);
  useStructure('ketamine', [mat], FREE_ANCHOR);

  useFrame(({ camera }) => {
    const mesh = ref.current;
    if (!mesh) return;
    // Seen from far away (the infusion overview), free molecules are drawn larger so they stay
    // visible; in close-ups they are at their drawn size.
    const zoom = Math.min(2.2, Math.max(1, camera.position.length() / ZOOM_FROM));
    if (!mesh.boundingSphere) mesh.boundingSphere = new Sphere(new Vector3(0, 0, 0), 14);
    const t = frameInfo.t;
    const dt = frameInfo.dt;
    const level = Math.min(1, Math.max(0, clock.state.plasmaMicroM / FULL_MICROM));
    const count = Math.round(level * FREE);
    const { home, source } = homes;
    let k = 0; // instances written: only visible molecules are drawn
    for (let i = 0; i < FREE; i++) {
      const target = i < count ? 1 : 0;
      if (frameInfo.reduced) appear[i] = target;
      else if (appear[i]! < target) appear[i] = Math.min(1, appear[i]! + dt / ARRIVE_SEC);
      else if (appear[i]! > target) appear[i] = Math.max(0, appear[i]! - dt / 1.2);
      const a = appear[i]!;
      if (a <= 0) continue;
      const ease = a * a * (3 - 2 * a);
      _position.set(
        home[i * 3]! + 0.12 * Math.sin(t * 0.6 + i),
        home[i * 3 + 1]! + 0.12 * Math.sin(t * 0.5 + i * 2.1),
        home[i * 3 + 2]! + 0.12 * Math.cos(t * 0.7 + i * 0.7),
      );
      if (i < count) {
        // arriving: glide from the capillary wall to the tissue
        from.set(source[i * 3]!, source[i * 3 + 1]!, source[i * 3 + 2]!);
        _position.lerpVectors(from, _position, ease);
      }
      _euler.set(t * 0.8 + i, t * 0.6 + i * 2.0, i * 0.5);
      _quaternion.setFromEuler(_euler);
      _scale.setScalar(FREE_SCALE * zoom * Math.min(1, a * 4));
      _matrix.compose(_position, _quaternion, _scale);
      mesh.setMatrixAt(k++, _matrix);
    }
    // Ketamine in NMDA pores: slides down the channel axis into the blocking site.
    let labelled = false;
    for (let j = 0; j < pores.count; j++) {
      const d = pores.drug[j]!;
      if (d <= 0) continue;
      const k2 = pores.scale[j]!;
      const depth = (KETAMINE_SITE + (1 - d) * (ENTRY_START - KETAMINE_SITE)) * k2;
      _position.set(
        pores.base[j * 3]! + pores.normal[j * 3]! * depth,
        pores.base[j * 3 + 1]! + pores.normal[j * 3 + 1]! * depth,
        pores.base[j * 3 + 2]! + pores.normal[j * 3 + 2]! * depth,
      );
      _euler.set(j, j * 0.7, 0);
      _quaternion.setFromEuler(_euler);
      _scale.setScalar(IN_PORE_SCALE * k2);
      _matrix.compose(_position, _quaternion, _scale);
      mesh.setMatrixAt(k++, _matrix);
      // the label points at the first molecule trapped in an interneuron receptor
      if (!labelled && d >= 1 && j < RECEPTOR_COUNTS.nmdaInterneuron) {
        moveAnchor('ketamine', _position.x, _position.y, _position.z);
        labelled = true;
      }
    }
    if (!labelled) moveAnchor('ketamine', ...FREE_ANCHOR);
    mesh.count = k;
    mesh.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={ref}
      args={[geo, mat, FREE + NMDA_TOTAL]}
      frustumCulled={false}
      userData={{ structure: 'ketamine' }}
    />
  );
}
