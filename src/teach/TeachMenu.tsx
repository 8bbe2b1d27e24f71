// The header's "Teach" button: a small disclosure whose items (embed code, a still of the
// stage, the glossary, how to cite) load only when it is opened.
import { lazy, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { TEACH_STRINGS as S } from '../i18n/strings/teach';
import { useText } from '../i18n/use-text';
import { LazyPart } from '../ui/LazyPart';

const TeachPanel = lazy(() => import('./TeachPanel'));

export default function TeachMenu() {
  const tr = useText();
  const [open, setOpen] = useState(false);
  const [dialogOpen, setDialogOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open || dialogOpen) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!dialogOpen && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };
  return (
    <div className="display-options teach-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="teach-menu"
      >
        {tr(S.teachMenu)}
      </button>
      <div id={panelId} className="display-options-panel teach-panel" hidden={!open}>
        {open ? (
          <LazyPart>
            <TeachPanel onDialog={setDialogOpen} />
          </LazyPart>
        ) : null}
      </div>
    </div>
  );
}
