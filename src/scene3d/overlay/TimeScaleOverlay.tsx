// Corner readout of model time and how fast it runs ("35 min after start, 1 s = 10 min"), so a
// fast-forward never misleads. Written into the DOM on each clock tick: no React commits. Its box
// is sized, once per stage, for the longest label the stage can show (./time-scale-shapes), so
// it does not change size, or wrap differently, as the clock runs.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { clock, onClockTick, type Clock } from '../../state/clock';
import { useApp, useCurrentStage } from '../../state/app-store';
import { stageSeconds } from '../../state/story-time';
import { playbackSpeed } from '../../state/mode-policy';
import { formatTimeScale } from '../../i18n/format-time';
import { timeScaleShapes } from './time-scale-shapes';

export function TimeScaleOverlay() {
  const lang = useApp((s) => s.lang);
  const mode = useApp((s) => s.mode);
  const kioskStageSec = useApp((s) => s.kioskStageSec);
  const speed = useApp((s) => playbackSpeed(s.mode, s.speed));
  const stage = useCurrentStage();
  const shapes = useMemo(
    () =>
      timeScaleShapes(stage.modelWindow, stageSeconds(stage, { mode, kioskStageSec }), speed, lang),
    [stage, mode, kioskStageSec, speed, lang],
  );
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    let last = '';
    const update = (c: Clock) => {
      const text = formatTimeScale(c.modelTimeMin, c.minutesPerSecond, lang);
      if (text !== last && ref.current) ref.current.textContent = last = text;
    };
    update(clock); // at once, also while paused
    return onClockTick(update);
  }, [lang]);
  return (
    <p className="scene-timescale" data-testid="scene-timescale" aria-hidden="true">
      {shapes.map((shape) => (
        <span key={shape} className="scene-timescale-shape">
          {shape}
        </span>
      ))}
      <span ref={ref} className="scene-timescale-now" data-testid="scene-timescale-now" />
    </p>
  );
}
