// A sideways swipe (touch or pen, not mouse: a mouse drag selects text) on an element calls
// back with +1 (swiped left: forward) or -1. Vertical moves are left to the page's scrolling
// (the element has touch-action: pan-y, src/app/phone.css).
import { useRef, type PointerEvent } from 'react';

/** At least this far sideways (px), and twice as far sideways as up or down. */
const SWIPE_PX = 48;

export function useSwipe(onSwipe: ((direction: 1 | -1) => void) | null) {
  const start = useRef<{ x: number; y: number } | null>(null);
  if (!onSwipe) return {};
  return {
    onPointerDown: (e: PointerEvent) => {
      start.current = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = e.clientX - from.x;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(e.clientY - from.y)) {
        onSwipe(dx < 0 ? 1 : -1);
      }
    },
    onPointerCancel: () => (start.current = null),
  };
}
