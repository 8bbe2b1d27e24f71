// Playback speed: 0.5x, 1x, 2x, 4x.
import { useApp } from '../state/app-store';
import { SPEEDS } from '../state/store';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { numberText } from '../i18n/number-text';
import { useText } from '../i18n/use-text';

export function SpeedControl() {
  const tr = useText();
  const speed = useApp((s) => s.speed);
  const lang = useApp((s) => s.lang);
  const setSpeed = useApp((s) => s.setSpeed);
  return (
    <div className="speed-control" role="group" aria-label={tr(M.speed)} data-testid="speed">
      <span className="control-label" aria-hidden="true">
        {tr(M.speed)}
      </span>
      {SPEEDS.map((x) => (
        <button
          key={x}
          type="button"
          aria-pressed={speed === x}
          onClick={() => setSpeed(x)}
          data-speed={x}
        >
          {tr(M.speedValue, { x: numberText(x, lang) })}
        </button>
      ))}
    </div>
  );
}
