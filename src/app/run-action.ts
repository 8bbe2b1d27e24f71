// What each action of the key table does. Buttons call the same functions, so a key and its
// button can never drift apart.
import type { KeyAction } from '../a11y/keymap';
import { useApp } from '../state/app-store';
import { visibleStages } from '../state/store';
import { playPause, stepSpeed } from '../state/transport';
import { toggleFullscreen } from '../modes/present/fullscreen';
import { openPresenterWindow } from '../modes/present/presenter-window';

/** Runs an action; false when it does nothing here (so the key keeps its usual meaning). */
export function runAction(action: KeyAction): boolean {
  const app = useApp.getState();
  switch (action) {
    case 'next':
      app.next();
      return true;
    case 'previous':
      app.previous();
      return true;
    case 'first':
      app.goToStage(0);
      return true;
    case 'last':
      app.goToStage(visibleStages(app.story).length - 1);
      return true;
    case 'togglePlay':
      playPause();
      return true;
    case 'slower':
      stepSpeed(-1);
      return true;
    case 'faster':
      stepSpeed(1);
      return true;
    case 'fullscreen':
      toggleFullscreen();
      return true;
    case 'blackout':
      app.setBlackout(!app.blackout);
      return true;
    case 'presenter':
      if (app.view !== 'main') return false;
      openPresenterWindow();
      return true;
    case 'help':
      app.setHelpOpen(true);
      return true;
    case 'closeDialog':
      if (app.helpOpen) app.setHelpOpen(false);
      else if (app.blackout) app.setBlackout(false);
      else return false;
      return true;
  }
}
