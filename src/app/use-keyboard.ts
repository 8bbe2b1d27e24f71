// Routes key presses through the one key table (src/a11y/keymap.ts).
import { useEffect } from 'react';
import { actionForKey } from '../a11y/keymap';
import { useApp } from '../state/app-store';
import { visibleStages } from '../state/store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys that, on a focused button or link, already have a meaning there. */
function isActivationOnControl(key: string, target: EventTarget | null): boolean {
  return (
    (key === ' ' || key === 'Enter') &&
    target instanceof HTMLElement &&
    !!target.closest('button, a, [role="button"], [role="tab"], summary')
  );
}

export function useKeyboard(extra?: (action: string) => boolean) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target) || isActivationOnControl(event.key, event.target)) return;
      const app = useApp.getState();
      const action = actionForKey(event.key, app.mode);
      if (!action) return;
      if (extra?.(action)) {
        event.preventDefault();
        return;
      }
      const last = visibleStages(app.story).length - 1;
      switch (action) {
        case 'next':
          app.next();
          break;
        case 'previous':
          app.previous();
          break;
        case 'first':
          app.goToStage(0);
          break;
        case 'last':
          app.goToStage(last);
          break;
        case 'togglePlay':
          app.togglePlaying();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [extra]);
}
