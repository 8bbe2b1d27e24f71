// The charts' aside. On a phone (src/app/phone.css) it is a bottom sheet: its handle opens it
// with a tap, or follows a drag up or down; Escape closes it. Elsewhere the handle is not drawn.
import { useRef, useState, type ReactNode } from 'react';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';

/** A drag longer than this (px) opens or closes the sheet; a shorter one is a tap. */
const DRAG_PX = 24;

export function PanelSheet({ children }: { children: ReactNode }) {
  const tr = useText();
  const [open, setOpen] = useState(false);
  const sheet = useRef<HTMLElement>(null);
  // where the drag began (clientY) and whether it went far enough not to be a tap
  const drag = useRef({ y: -1, moved: false });
  const follow = (dy: number) => sheet.current?.style.setProperty('--drag', `${dy}px`);

  return (
    <aside
      ref={sheet}
      className="panel-slot drift"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          sheet.current?.querySelector<HTMLElement>('.sheet-handle')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        data-testid="sheet-handle"
        onClick={() => {
          if (!drag.current.moved) setOpen(!open);
          drag.current.moved = false;
        }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { y: e.clientY, moved: false };
        }}
        onPointerMove={(e) => {
          if (drag.current.y < 0) return;
          const dy = e.clientY - drag.current.y;
          if (Math.abs(dy) > DRAG_PX) drag.current.moved = true;
          follow(dy);
        }}
        onPointerUp={(e) => {
          const dy = e.clientY - drag.current.y;
          drag.current.y = -1;
          follow(0);
          if (drag.current.moved) setOpen(dy < 0);
        }}
        onPointerCancel={() => {
          drag.current.y = -1;
          follow(0);
        }}
      >
        {tr(S.charts)}
      </button>
      <div className="sheet-body">{children}</div>
    </aside>
  );
}
