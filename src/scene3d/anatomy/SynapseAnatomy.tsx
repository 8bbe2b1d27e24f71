// The cell membranes of the synapse view: presynaptic bouton (cut away), spine neck and head
// (cut away), postsynaptic density, dendrite shaft, the GABA interneuron (a dendrite with its
// excitatory input, an axon and its terminal on the shaft) and a capillary behind.
import { CylinderGeometry, Object3D, SphereGeometry } from 'three';
import { useLayoutEffect, useRef } from 'react';
import type { InstancedMesh } from 'three';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { BOUTON, CLEFT, INTERNEURON, PSD, RELEASE_SITES, SPINE } from '../layout';
import { membraneGeometry } from '../geometry/membrane-source';
import { MEMBRANE, hazeMaterial, membraneMaterial, moleculeMaterial } from '../system/materials';
import { interneuronDendritePoint } from '../geometry/placements';
import { useDisposable } from '../system/use-disposable';
import { Capillary } from './Capillary';
import { useStructure } from '../system/use-structure';

const scratch = new Object3D();
const DENDRITE_LABEL = interneuronDendritePoint();

export function SynapseAnatomy() {
  const bouton = useDisposable(() => membraneGeometry('bouton'));
  const axon = useDisposable(() => membraneGeometry('presynapticAxon'));
  const neck = useDisposable(() => membraneGeometry('spineNeck'));
  const head = useDisposable(() => membraneGeometry('spineHead'));
  const psd = useDisposable(() => membraneGeometry('psd'));
  const shaft = useDisposable(() => membraneGeometry('shaft'));
  const inAxon = useDisposable(() => membraneGeometry('interneuronAxon'));
  const inDendrite = useDisposable(() => membraneGeometry('interneuronDendrite'));
  const inInput = useDisposable(() => membraneGeometry('interneuronInput'));
  const inTerminal = useDisposable(() => membraneGeometry('interneuronTerminal'));
  const cleftGeo = useDisposable(
    () => new CylinderGeometry(CLEFT.radius, CLEFT.radius, CLEFT.topY - CLEFT.bottomY, 32, 1, true),
  );
  const siteGeo = useDisposable(() => new SphereGeometry(0.11, 10, 6));

  const boutonCut = useDisposable(() => membraneMaterial(MEMBRANE.bouton, { cutaway: true }));
  const boutonOuter = useDisposable(() => membraneMaterial(MEMBRANE.bouton));
  const neckCut = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine, { cutaway: true }));
  const headCut = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine, { cutaway: true }));
  const shaftMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine));
  const psdMat = useDisposable(() => moleculeMaterial(MEMBRANE.psd, 0.08));
  const inMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.interneuron, { rim: '#e0f0ff' }));
  const cleftMat = useDisposable(() => hazeMaterial(MEMBRANE.cleft, 0.2));
  const siteMat = useDisposable(() => moleculeMaterial(MEMBRANE.releaseSite, 0.25));

  const [bx, by, bz] = BOUTON.center;
  useStructure('presynapticBouton', [boutonCut, boutonOuter], [bx - 1.2, by + 0.6, bz + 0.6]);
  useStructure(
    'spineNeck',
    [neckCut],
    [SPINE.neckRadius + 0.1, (SPINE.baseY + SPINE.neckTopY) / 2, 0.3],
  );
  useStructure('spineHead', [headCut], [SPINE.headRadius, SPINE.headCenterY, 0.3]);
  useStructure('psd', [psdMat], [PSD.radius * 0.6, PSD.y - 0.06, 0.5]);
  useStructure('dendriteShaft', [shaftMat], [-6.5, -3.1, 0.9]);
  // the interneuron's label names its terminal, or its dendrite when the terminal is off screen
  useStructure('interneuronTerminal', [inMat], INTERNEURON.terminal, DENDRITE_LABEL);
  useStructure('cleft', [cleftMat], [CLEFT.radius, (CLEFT.topY + CLEFT.bottomY) / 2, 0.3]);
  useStructure('releaseSites', [siteMat], [0.45, BOUTON.bottomY + 0.05, 0.16]);

  const sites = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = sites.current;
    if (!mesh) return;
    RELEASE_SITES.forEach(([x, z], i) => {
      scratch.position.set(x, BOUTON.bottomY + 0.06, z);
      scratch.scale.set(1, 0.45, 1);
      scratch.updateMatrix();
      mesh.setMatrixAt(i, scratch.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, []);

  return (
    <group>
      <mesh geometry={bouton} material={boutonCut} userData={{ structure: 'presynapticBouton' }} />
      <mesh geometry={axon} material={boutonOuter} userData={{ structure: 'presynapticBouton' }} />
      <instancedMesh
        ref={sites}
        args={[siteGeo, siteMat, RELEASE_SITES.length]}
        userData={{ structure: 'releaseSites' }}
      />
      <mesh
        geometry={cleftGeo}
        material={cleftMat}
        position={[0, (CLEFT.topY + CLEFT.bottomY) / 2, 0]}
        userData={{ structure: 'cleft' }}
        renderOrder={5}
      />
      <mesh geometry={neck} material={neckCut} userData={{ structure: 'spineNeck' }} />
      <mesh geometry={head} material={headCut} userData={{ structure: 'spineHead' }} />
      <mesh geometry={psd} material={psdMat} userData={{ structure: 'psd' }} />
      <mesh geometry={shaft} material={shaftMat} userData={{ structure: 'dendriteShaft' }} />
      <mesh geometry={inAxon} material={inMat} userData={{ structure: 'interneuronTerminal' }} />
      <mesh
        geometry={inDendrite}
        material={inMat}
        userData={{ structure: 'interneuronTerminal' }}
      />
      <mesh
        geometry={inInput}
        material={boutonOuter}
        userData={{ structure: 'presynapticBouton' }}
      />
      <mesh
        geometry={inTerminal}
        material={inMat}
        userData={{ structure: 'interneuronTerminal' }}
      />
      <Capillary />
    </group>
  );
}
