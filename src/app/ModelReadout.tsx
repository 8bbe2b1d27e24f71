// Live readout of model time and plasma concentration. Updated by writing text into DOM
// nodes on each clock tick, so playback causes no React commits.
import { useLayoutEffect, useRef } from 'react';
import { clock, onClockTick, type Clock } from '../state/clock';
import { useApp } from '../state/app-store';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';
import { formatTimeScale } from '../i18n/format-time';

export function ModelReadout() {
  const lang = useApp((s) => s.lang);
  const tr = useText();
  const timeRef = useRef<HTMLSpanElement>(null);
  const plasmaRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    let lastTime = '';
    let lastPlasma = '';
    const update = (c: Clock) => {
      const time = formatTimeScale(c.modelTimeMin, c.minutesPerSecond, lang);
      const plasma = `${Math.round(c.state.plasmaNgPerMl)} ng/mL (${c.state.plasmaMicroM.toFixed(2)} µM)`;
      if (time !== lastTime && timeRef.current) timeRef.current.textContent = lastTime = time;
      if (plasma !== lastPlasma && plasmaRef.current) {
        plasmaRef.current.textContent = lastPlasma = plasma;
      }
    };
    update(clock); // at once: a new language shows also while paused
    return onClockTick(update);
  }, [lang]);

  return (
    <dl className="readout" data-testid="model-readout">
      <div>
        <dt>{tr(S.timeSinceStart)}</dt>
        <dd ref={timeRef} data-testid="readout-time">
          –
        </dd>
      </div>
      <div>
        <dt>{tr(S.plasma)}</dt>
        <dd ref={plasmaRef} data-testid="readout-plasma">
          –
        </dd>
      </div>
    </dl>
  );
}
