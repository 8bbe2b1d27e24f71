// The circuit view's note: the cells are not to scale, and each cell's firing now, relative to
// before ketamine, from the model (clock.state). The rates are written into the DOM on clock
// ticks when the rounded value changes, so playback commits nothing to React.
import { useLayoutEffect, useRef } from 'react';
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { clock, onClockTick, type Clock } from '../../state/clock';

/** Firing relative to baseline as a whole percentage. */
export function percentOfBaseline(relative: number): number {
  return Number.isFinite(relative) ? Math.max(0, Math.round(relative * 100)) : 0;
}

export function CircuitNote({ noteRef }: { noteRef: (el: HTMLElement | null) => void }) {
  const tr = useText();
  const inRef = useRef<HTMLSpanElement>(null);
  const pyrRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    let lastIn = -1;
    let lastPyr = -1;
    const update = (c: Clock) => {
      const a = percentOfBaseline(c.state.interneuronActivity);
      const b = percentOfBaseline(c.state.pyramidalActivity);
      if (a !== lastIn && inRef.current) {
        lastIn = a;
        inRef.current.textContent = tr(S.circuitInterneuronRate, { percent: a });
      }
      if (b !== lastPyr && pyrRef.current) {
        lastPyr = b;
        pyrRef.current.textContent = tr(S.circuitPyramidalRate, { percent: b });
      }
    };
    update(clock); // at once: a new language shows also while paused
    return onClockTick(update);
  }, [tr]);

  return (
    <p className="scene-scale-note" data-testid="scene-scale-note" ref={noteRef}>
      {tr(S.circuitScale)}
      <br />
      <span data-testid="circuit-rates">
        {tr(S.circuitRatesTitle)} <span ref={inRef} />
        {', '}
        <span ref={pyrRef} />
      </span>
    </p>
  );
}
