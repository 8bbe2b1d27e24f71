// After a visitor's last touch, key or mouse movement, and kioskIdleSec seconds of quiet,
// the attract loop starts again from the top (also after a pause).
import { useEffect } from 'react';
import { restartKioskLoop } from './kiosk-actions';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useKioskIdle(enabled: boolean, idleSec: number): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    const onInput = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(restartKioskLoop, idleSec * 1000);
    };
    for (const type of INPUT_EVENTS) {
      window.addEventListener(type, onInput, { capture: true, passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [enabled, idleSec]);
}
