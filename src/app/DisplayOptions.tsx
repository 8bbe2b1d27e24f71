// Display options: captions, reduced motion (the storyboard of stills) and high contrast, in a
// small disclosure. Not modal: Tab moves on out of it, Escape closes it and returns to its button.
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useApp } from '../state/app-store';
import { choose } from '../state/preferences';
import { A11Y_STRINGS as A } from '../i18n/strings/a11y';
import { useText } from '../i18n/use-text';

export function DisplayOptions() {
  const tr = useText();
  const [open, setOpen] = useState(false);
  const captions = useApp((s) => s.captions);
  const reducedMotion = useApp((s) => s.reducedMotion);
  const highContrast = useApp((s) => s.highContrast);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };

  const options = [
    { key: 'captions', label: A.captions, on: captions },
    { key: 'reducedMotion', label: A.reducedMotion, on: reducedMotion },
    { key: 'highContrast', label: A.highContrast, on: highContrast },
  ] as const;

  return (
    <div className="display-options" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="display-options"
      >
        {tr(A.display)}
      </button>
      <div
        id={panelId}
        className="display-options-panel"
        role="group"
        aria-label={tr(A.displayOptions)}
        hidden={!open}
      >
        {options.map((o) => (
          <label key={o.key} className="display-option">
            <input
              type="checkbox"
              checked={o.on}
              onChange={(e) => choose(o.key, e.currentTarget.checked)}
              data-option={o.key}
            />
            <span>{tr(o.label)}</span>
          </label>
        ))}
        <p className="display-options-note">{tr(A.savedHere)}</p>
      </div>
    </div>
  );
}
