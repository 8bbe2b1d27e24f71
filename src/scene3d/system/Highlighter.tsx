// Makes the selected, hovered and stage-highlighted structures glow (emissive), gently pulsing
// unless motion is held still; and lets the structures outside the stage's focus recede (darker
// and greyer, their glow dimmed), so the actor the caption talks about is the most visible.
import { useFrame } from '@react-three/fiber';
import { Color, MeshPhongMaterial } from 'three';
import { currentStage, useApp } from '../../state/app-store';
import { STRUCTURE_IDS } from '../../story/structures';
import { recedes } from './cast';
import { frameInfo } from './frame-info';
import type { GlowMaterial } from './materials';
import { pointer, structureEntry } from './registry';

/** How far a receded structure goes: 0.75 of the way to grey, at 0.42 of its brightness. */
const GREY = 0.75;
const DIM = 0.42;
/** Speed of the fade between focus and receded, 1/s. */
const FADE_PER_SEC = 3;

const _grey = new Color();

/** The colour a material is drawn with (diffuse), whatever its kind. */
function colorOf(m: GlowMaterial): Color | null {
  if (m instanceof MeshPhongMaterial) return m.color;
  const u = m.uniforms;
  return ((u.diffuse ?? u.color)?.value as Color | undefined) ?? null;
}

/** Sets a material's colour to its own base, moved `k` (0..1) toward receded. */
function recede(m: GlowMaterial, k: number): void {
  const c = colorOf(m);
  if (!c) return;
  let base = m.userData.baseColor as Color | undefined;
  if (!base) base = m.userData.baseColor = c.clone();
  const luma = 0.3 * base.r + 0.59 * base.g + 0.11 * base.b;
  _grey.setRGB(luma, luma, luma);
  c.copy(base).lerp(_grey, GREY * k);
  c.multiplyScalar(1 - (1 - DIM) * k);
}

export function Highlighter() {
  useFrame(() => {
    const selected = useApp.getState().selectedStructure;
    const highlight = currentStage().highlight;
    const pulse = frameInfo.reduced ? 1 : 0.8 + 0.2 * Math.sin(frameInfo.t * 3);
    const step = frameInfo.reduced ? 1 : Math.min(1, frameInfo.dt * FADE_PER_SEC);
    for (let i = 0; i < STRUCTURE_IDS.length; i++) {
      const id = STRUCTURE_IDS[i]!;
      const entry = structureEntry(id);
      if (!entry) continue;
      const level =
        id === selected ? 1 : id === pointer.hovered ? 0.7 : highlight.includes(id) ? 0.45 : 0;
      // what the viewer picks never recedes
      const goal = level >= 0.7 || !recedes(id) ? 0 : 1;
      for (let k = 0; k < entry.materials.length; k++) {
        const m = entry.materials[k]!;
        const was = (m.userData.receded as number | undefined) ?? 0;
        const now = was + Math.max(-step, Math.min(step, goal - was));
        if (now !== was || m.userData.receded === undefined) {
          m.userData.receded = now;
          recede(m, now);
        }
        const base = (m.userData.baseEmissive as number | undefined) ?? 0;
        m.emissiveIntensity = (base + level * 0.5 * pulse) * (1 - 0.7 * now);
      }
    }
  });
  return null;
}
