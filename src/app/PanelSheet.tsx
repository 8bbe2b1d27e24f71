// The charts' aside. On a phone (src/app/phone.css) it is a bottom sheet: its handle opens it
// with a tap, or follows a drag up or down; Escape closes it. Elsewhere the handle is not drawn.
// A closed sheet hides its charts (phone.css), so they are first drawn when it first opens: a
// phone's start does not lay out and draw charts nobody can see yet (about 1 s of main thread on
// a mid-range phone).
import { startTransition, useRef, useState, type ReactNode } from 'react';
import { useSheetLayout } from './use-sheet-layout';
import { useApp } from '../state/app-store';
import { modePolicy } from '../state/mode-policy';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';

/** A drag longer than this (px) opens or closes the sheet; a shorter one is a tap. */
const DRAG_PX = 24;

export function PanelSheet({ children }: { children: ReactNode }) {
  const tr = useText();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const sheetMode = modePolicy(useApp((s) => s.mode)).chartSheet;
  const sheetLayout = useSheetLayout() && sheetMode;
  const show = (next: boolean) => {
    setOpen(next);
    // the sheet slides at once; its charts render in slices meanwhile
    if (next) startTransition(() => setOpened(true));
  };
  const sheet = useRef<HTMLElement>(null);
  const handle = useRef<HTMLButtonElement>(null);
  // clientY where the drag began (null: no drag), and how far it went (px)
  const start = useRef<number | null>(null);
  const moved = useRef(0);
  const follow = (dy: number) => {
    moved.current = dy;
    sheet.current?.style.setProperty('--drag', `${dy}px`);
  };
  const end = () => {
    start.current = null;
    sheet.current?.style.setProperty('--drag', '0px');
  };

  return (
    <aside
      ref={sheet}
      className="panel-slot drift"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          handle.current?.focus();
        }
      }}
    >
      <button
        ref={handle}
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        data-testid="sheet-handle"
        onClick={() => {
          // a tap (or a key) toggles; a drag was decided when it ended
          if (Math.abs(moved.current) < DRAG_PX) show(!open);
          moved.current = 0;
        }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          start.current = e.clientY;
          moved.current = 0;
        }}
        onPointerMove={(e) => start.current !== null && follow(e.clientY - start.current)}
        onPointerUp={() => {
          end();
          if (Math.abs(moved.current) >= DRAG_PX) show(moved.current < 0);
        }}
        onPointerCancel={end}
      >
        {tr(S.charts)}
      </button>
      <div className="sheet-body">{!sheetLayout || opened ? children : null}</div>
    </aside>
  );
}
