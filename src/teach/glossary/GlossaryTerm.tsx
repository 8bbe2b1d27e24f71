// One glossary word in running text: a button that shows its definition on hover, on keyboard
// focus and on tap; Escape closes it. Screen readers hear the definition as the button's
// description.
import { useId, useState, type KeyboardEvent } from 'react';
import type { GlossaryTerm as Term } from './glossary-data';
import { useText } from '../../i18n/use-text';
import './glossary.css';

export function GlossaryTerm({ term, children }: { term: Term; children: string }) {
  const tr = useText();
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    setPinned(false);
  };
  return (
    <span
      className="gloss"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => pinned || setOpen(false)}
    >
      <button
        type="button"
        className="gloss-term"
        aria-expanded={open}
        aria-describedby={id}
        data-term={term.id}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setPinned(false);
        }}
        onClick={() => {
          setPinned(!pinned || !open);
          setOpen(!pinned || !open);
        }}
        onKeyDown={onKeyDown}
      >
        {children}
      </button>
      <span
        id={id}
        role="tooltip"
        className="gloss-def"
        hidden={!open}
        data-testid="glossary-definition"
      >
        <strong>{tr(term.term)}</strong>: {tr(term.definition)}
      </span>
    </span>
  );
}
