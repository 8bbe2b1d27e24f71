// One glossary word in running text: a button that shows its definition on hover, on keyboard
// focus and on tap; Escape closes it. The definition is a tooltip rendered outside the running
// text (a portal on <body>, or on the open modal dialog the word is in, so it is not under the
// top layer; placed beside the word), so the caption or summary reads as written;
// screen readers hear the definition as the button's description.
import { useContext, useId, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { GlossaryTerm as Term } from './glossary-data';
import { useText } from '../../i18n/use-text';
import { TooltipHost } from '../../ui/tooltip-host';
import './glossary.css';

/** Where the tooltip goes: above the word in the lower half of the window, else below it. */
function placeBeside(el: Element): CSSProperties {
  const r = el.getBoundingClientRect();
  const gap = 5; // px
  const left = `clamp(0.5rem, ${Math.round(r.left)}px, calc(100vw - min(22rem, 80vw) - 0.5rem))`;
  return r.top > window.innerHeight / 2
    ? { left, bottom: Math.round(window.innerHeight - r.top + gap) }
    : { left, top: Math.round(r.bottom + gap) };
}

export function GlossaryTerm({ term, children }: { term: Term; children: string }) {
  const tr = useText();
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const host = useContext(TooltipHost) ?? document.body;
  const open = place !== null;
  const show = (el: Element) => setPlace(placeBeside(el));
  const close = () => {
    setPlace(null);
    setPinned(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return (
    <>
      <button
        type="button"
        className="gloss-term"
        aria-expanded={open}
        aria-describedby={id}
        data-term={term.id}
        onMouseEnter={(e) => show(e.currentTarget)}
        onMouseLeave={() => pinned || setPlace(null)}
        onFocus={(e) => show(e.currentTarget)}
        onBlur={close}
        onClick={(e) => {
          if (pinned && open) return close();
          setPinned(true);
          show(e.currentTarget);
        }}
        onKeyDown={onKeyDown}
      >
        {children}
      </button>
      {createPortal(
        <span
          id={id}
          role="tooltip"
          className="gloss-def"
          hidden={!open}
          style={place ?? undefined}
          data-testid="glossary-definition"
        >
          <strong>{tr(term.term)}</strong>: {tr(term.definition)}
        </span>,
        host,
      )}
    </>
  );
}
