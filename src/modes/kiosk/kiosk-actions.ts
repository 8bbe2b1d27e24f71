// What the kiosk does on its own: start the attract loop again from the top.
import { useApp } from '../../state/app-store';
import { seekTo } from '../../state/playback-loop';

/** Back to the first stage, playing, with nothing left open from a visitor. */
export function restartKioskLoop(): void {
  const app = useApp.getState();
  app.resetAll();
  for (const notice of app.notices) {
    if (notice.tone !== 'error') app.dismissNotice(notice.id);
  }
  seekTo(0, 0);
  useApp.getState().setPlaying(true);
}
