// Projects each used label's 3D anchor to the screen and moves its DOM element there
// (style.transform), hiding labels whose anchor is behind the camera. No allocation.
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { localize } from '../../i18n/localize';
import { STRUCTURE_TEXT } from '../../i18n/strings/scene';
import { useApp } from '../../state/app-store';
import { HOVER_SLOT, labelSlots } from '../overlay/label-slots';
import { pointer, structureEntry } from './registry';

const v = new Vector3();
let hoverShown: string | null = null;

export function LabelProjector() {
  const size = useThree((s) => s.size);
  useFrame(({ camera }) => {
    // The hover label's text follows the pointer's structure (set here, not by React).
    const hover = labelSlots[HOVER_SLOT]!;
    const selected = useApp.getState().selectedStructure;
    const hovered = pointer.hovered !== selected ? pointer.hovered : null;
    if (hover.el && hovered !== hoverShown) {
      hoverShown = hovered;
      hover.id = hovered;
      hover.el.textContent = hovered
        ? localize(STRUCTURE_TEXT[hovered].name, useApp.getState().lang)
        : '';
    }
    for (let i = 0; i < labelSlots.length; i++) {
      const slot = labelSlots[i]!;
      const el = slot.el;
      if (!el) continue;
      const entry = slot.id ? structureEntry(slot.id) : undefined;
      if (!entry) {
        el.style.visibility = 'hidden';
        continue;
      }
      v.copy(entry.anchor).project(camera);
      const behind = v.z > 1;
      const x = (v.x * 0.5 + 0.5) * size.width;
      const y = (-v.y * 0.5 + 0.5) * size.height;
      const off = x < -40 || x > size.width + 40 || y < -20 || y > size.height + 20;
      el.style.visibility = behind || off ? 'hidden' : 'visible';
      el.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
  }, 0);
  return null;
}
