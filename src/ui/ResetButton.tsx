// Reset All: back to the first stage, paused, 1x, the standard dose, nothing selected.
import { useApp } from '../state/app-store';
import { seekTo } from '../state/playback-loop';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { useText } from '../i18n/use-text';

export function resetEverything(): void {
  useApp.getState().resetAll();
  seekTo(0, 0);
}

export function ResetButton() {
  const tr = useText();
  return (
    <button type="button" onClick={resetEverything} data-testid="reset-all">
      {tr(M.resetAll)}
    </button>
  );
}
