// Routes key presses through the one key table (src/a11y/keymap.ts) to ./run-action.
import { useEffect } from 'react';
import { actionForKey } from '../a11y/keymap';
import { useApp } from '../state/app-store';
import { runAction } from './run-action';

/** Keys a range slider uses itself (the timeline scrubber). */
const SLIDER_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];
const BUTTON_TYPES = ['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file'];

function isTyping(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return SLIDER_KEYS.includes(key);
    return !BUTTON_TYPES.includes(target.type);
  }
  return false;
}

/** Keys that, on a focused button or link, already have a meaning there. */
function isActivationOnControl(key: string, target: EventTarget | null): boolean {
  return (
    (key === ' ' || key === 'Enter') &&
    target instanceof HTMLElement &&
    !!target.closest('button, a, input, [role="button"], [role="tab"], summary')
  );
}

const MODIFIER_KEYS = ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab'];

export function useKeyboard(enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const app = useApp.getState();
      if (app.blackout && !MODIFIER_KEYS.includes(event.key)) {
        // any key brings the picture back, as in slide software
        app.setBlackout(false);
        event.preventDefault();
        return;
      }
      if (isTyping(event.key, event.target) || isActivationOnControl(event.key, event.target)) {
        return;
      }
      const action = actionForKey(event.key, app.mode);
      if (!action) return;
      // behind the open help dialog only the keys that close it work
      if (app.helpOpen && action !== 'closeDialog' && action !== 'help') return;
      if (app.helpOpen && action === 'help') {
        app.setHelpOpen(false);
        event.preventDefault();
        return;
      }
      if (runAction(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
