// Play/pause and speed steps shared by the buttons (src/ui) and the key table (src/app/run-action.ts).
import { useApp } from './app-store';
import { SPEEDS } from './store';
import { atStoryEnd, seekTo } from './playback-loop';
import { modePolicy } from './mode-policy';

/** Play or pause; in explore mode, Play at the very end starts the story again. */
export function playPause(): void {
  const app = useApp.getState();
  if (!app.playing && modePolicy(app.mode).playRestartsAtEnd && atStoryEnd()) seekTo(0, 0);
  useApp.getState().togglePlaying();
}

/** One step along 0.5x, 1x, 2x, 4x (stays at the ends). */
export function stepSpeed(direction: -1 | 1): void {
  const app = useApp.getState();
  const i = SPEEDS.indexOf(app.speed) + direction;
  const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, i))];
  if (next !== undefined) app.setSpeed(next);
}
