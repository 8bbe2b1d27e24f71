// The reduced-motion storyboard beside the still scene: the model's key values at the start and
// the end of the stage with arrows for the change, and the chain of events with this stage's
// step marked. Lazily loaded (only with reduced motion).
import { useMemo } from 'react';
import { useApp, useCurrentStage } from '../state/app-store';
import { formatDuration } from '../i18n/format-time';
import { A11Y_STRINGS as A } from '../i18n/strings/a11y';
import { useText } from '../i18n/use-text';
import { CHAIN_STEPS, chainStepsFor, stillReadout } from './still-readout';
import {
  CHAIN_NAMES,
  DIRECTION_ARROWS,
  DIRECTION_WORDS,
  MEASURE_NAMES,
  valueText,
} from './readout-text';

export default function StillReadout() {
  const tr = useText();
  const lang = useApp((s) => s.lang);
  const regimen = useApp((s) => s.regimen);
  const stage = useCurrentStage();
  const readout = useMemo(() => stillReadout(stage, regimen), [stage, regimen]);
  const here = chainStepsFor(stage.id);

  return (
    <section
      className="still-readout"
      // it scrolls on a short screen, so keyboard users can reach it and scroll it
      tabIndex={0}
      aria-labelledby="still-readout-title"
      data-testid="still-readout"
      data-stage={stage.id}
    >
      <h2 id="still-readout-title" className="still-title">
        {tr(A.stillTitle, {
          start: formatDuration(readout.startMin, lang),
          end: formatDuration(readout.endMin, lang),
        })}
      </h2>
      <ol className="still-chain" aria-label={tr(A.chainTitle)}>
        {CHAIN_STEPS.map((step, i) => {
          const current = here.includes(step.id);
          return (
            <li key={step.id} aria-current={current ? 'step' : undefined} data-step={step.id}>
              {i > 0 ? (
                <span className="still-chain-arrow" aria-hidden="true">
                  →
                </span>
              ) : null}
              <span className="still-chain-step">{tr(CHAIN_NAMES[step.id])}</span>
              {current ? <span className="visually-hidden"> {tr(A.chainHere)}</span> : null}
            </li>
          );
        })}
      </ol>
      <ul className="still-cards">
        {readout.rows.map((row) => (
          <li key={row.id} data-measure={row.id} data-direction={row.direction}>
            <span className="still-name">{tr(MEASURE_NAMES[row.id])}</span>
            <span className="still-values">
              <span data-value="before">{valueText(row.unit, row.before, lang)}</span>
              <span className="still-arrow" aria-hidden="true">
                {DIRECTION_ARROWS[row.direction]}
              </span>
              <span className="visually-hidden"> {tr(DIRECTION_WORDS[row.direction])} </span>
              <span data-value="after">{valueText(row.unit, row.after, lang)}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="still-note">{tr(A.relativeNote)}</p>
    </section>
  );
}
