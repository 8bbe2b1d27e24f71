// Playback speed: 0.5x, 1x, 2x, 4x.
import { useApp } from '../state/app-store';
import { SPEEDS } from '../state/store';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { intlLocale } from '../i18n/localize';
import { useText } from '../i18n/use-text';

export function SpeedControl() {
  const tr = useText();
  const speed = useApp((s) => s.speed);
  const locale = useApp((s) => intlLocale(s.lang));
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
          {tr(M.speedValue, { x: x.toLocaleString(locale) })}
        </button>
      ))}
    </div>
  );
}
