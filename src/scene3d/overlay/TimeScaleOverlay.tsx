// Corner readout of model time and how fast it runs ("35 min after start, 1 s = 10 min"), so a
// fast-forward never misleads. Written into the DOM on each clock tick: no React commits.
import { useEffect, useRef } from 'react';
import { onClockTick } from '../../state/clock';
import { useApp } from '../../state/app-store';
import { formatTimeScale } from '../../i18n/format-time';

export function TimeScaleOverlay() {
  const lang = useApp((s) => s.lang);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let last = '';
    return onClockTick((c) => {
      const text = formatTimeScale(c.modelTimeMin, c.minutesPerSecond, lang);
      if (text !== last && ref.current) ref.current.textContent = last = text;
    });
  }, [lang]);
  return (
    <p ref={ref} className="scene-timescale" data-testid="scene-timescale" aria-hidden="true" />
  );
}
