// Makes the selected, hovered and stage-highlighted structures glow (emissive), gently pulsing
// unless motion is held still.
import { useFrame } from '@react-three/fiber';
import { currentStage, useApp } from '../../state/app-store';
import { STRUCTURE_IDS } from '../../story/structures';
import { frameInfo } from './frame-info';
import { pointer, structureEntry } from './registry';

export function Highlighter() {
  useFrame(() => {
    const selected = useApp.getState().selectedStructure;
    const highlight = currentStage().highlight;
    const pulse = frameInfo.reduced ? 1 : 0.8 + 0.2 * Math.sin(frameInfo.t * 3);
    for (let i = 0; i < STRUCTURE_IDS.length; i++) {
      const id = STRUCTURE_IDS[i]!;
      const entry = structureEntry(id);
      if (!entry) continue;
      const level =
        id === selected ? 1 : id === pointer.hovered ? 0.7 : highlight.includes(id) ? 0.45 : 0;
      for (let k = 0; k < entry.materials.length; k++) {
        const m = entry.materials[k]!;
        const base = (m.userData.baseEmissive as number | undefined) ?? 0;
        m.emissiveIntensity = base + level * 0.5 * pulse;
      }
    }
  });
  return null;
}
