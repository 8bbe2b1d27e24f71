// Projects each used label's 3D anchor to the screen, lays the labels out so they do not
// overlap (overlay/label-layout), and moves their DOM elements and leader lines there
// (style.transform, SVG attributes). Hides labels whose anchor is off screen. No allocation
// besides the strings the DOM needs.
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type Camera } from 'three';
import { localize } from '../../i18n/localize';
import { STRUCTURE_TEXT } from '../../i18n/strings/scene';
import { useApp } from '../../state/app-store';
import { makeBoxes, layoutLabels, type KeepOut, type LabelBox } from '../overlay/label-layout';
import {
  HOVER_SLOT,
  SELECTED_SLOT,
  clockKeepOut,
  labelKeepOut,
  labelSlots,
  noteKeepOut,
  pickedPoint,
} from '../overlay/label-slots';
import { pointer, structureEntry } from './registry';

const _ndc = new Vector3();
const boxes = makeBoxes(labelSlots.length);
/** canvas size, px (set each frame before projecting) */
const size = { width: 1, height: 1 };
let hoverShown: string | null = null;
/** what labels keep out of: the scale note's box and the spines clock's */
const keepOuts: readonly KeepOut[] = [noteKeepOut, clockKeepOut];

/** Projects a point into box b's anchor; false when it is behind the camera or off screen. */
function project(point: Vector3, camera: Camera, b: LabelBox): boolean {
  _ndc.copy(point).project(camera);
  b.ax = (_ndc.x * 0.5 + 0.5) * size.width;
  b.ay = (-_ndc.y * 0.5 + 0.5) * size.height;
  return _ndc.z <= 1 && b.ax >= 4 && b.ax <= size.width - 4 && b.ay >= 4 && b.ay <= size.height - 4;
}

function setLeader(g: SVGGElement | null, shown: boolean, ax = 0, ay = 0, lx = 0, ly = 0) {
  if (!g) return;
  g.style.visibility = shown ? 'visible' : 'hidden';
  if (!shown) return;
  // children: halo line, line, dot
  const x1 = ax.toFixed(1);
  const y1 = ay.toFixed(1);
  const x2 = lx.toFixed(1);
  const y2 = ly.toFixed(1);
  for (let c = g.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'line') {
      c.setAttribute('x1', x1);
      c.setAttribute('y1', y1);
      c.setAttribute('x2', x2);
      c.setAttribute('y2', y2);
    } else {
      c.setAttribute('cx', x1);
      c.setAttribute('cy', y1);
    }
  }
}

export function LabelProjector() {
  const canvas = useThree((s) => s.size);
  useFrame(({ camera }) => {
    size.width = canvas.width;
    size.height = canvas.height;
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
    // 1. project anchors and read label sizes (layout is clean: only transforms changed)
    for (let i = 0; i < labelSlots.length; i++) {
      const slot = labelSlots[i]!;
      const b = boxes[i]!;
      const entry = slot.id ? structureEntry(slot.id) : undefined;
      b.shown = false;
      if (!slot.el || !entry || !entry.visible) continue;
      if (
        !project(entry.anchor, camera, b) &&
        !(entry.alternate && project(entry.alternate, camera, b)) &&
        !(i === SELECTED_SLOT && pickedPoint.id === slot.id && project(pickedPoint.at, camera, b))
      ) {
        continue;
      }
      b.w = slot.el.offsetWidth;
      b.h = slot.el.offsetHeight;
      b.shown = b.w > 0;
    }
    // 2. place them, earlier slots (selected, hovered) first, clear of the scale note (its
    // offsets are in the same scene box as the labels) and of the spines stage's clock
    const note = labelKeepOut.el;
    noteKeepOut.w = note?.isConnected ? note.offsetWidth : 0;
    if (note && noteKeepOut.w > 0) {
      noteKeepOut.x = note.offsetLeft;
      noteKeepOut.y = note.offsetTop;
      noteKeepOut.h = note.offsetHeight;
    }
    layoutLabels(boxes, labelSlots.length, size.width, size.height, keepOuts);
    // 3. write positions
    for (let i = 0; i < labelSlots.length; i++) {
      const slot = labelSlots[i]!;
      const b = boxes[i]!;
      if (!slot.el) continue;
      slot.el.style.visibility = b.shown ? 'visible' : 'hidden';
      if (b.shown) slot.el.style.transform = `translate(${b.x.toFixed(1)}px, ${b.y.toFixed(1)}px)`;
      const lx = b.left ? b.x + b.w : b.x;
      const ly = b.y + b.h / 2;
      setLeader(slot.leader, b.shown, b.ax, b.ay, lx, ly);
    }
  }, 0);
  return null;
}
