// A modal <dialog> for the teaching tools: focus moves in and back to the opener, Escape and
// the Close button close it, and the app's shortcut keys stay out of it (radio buttons and
// text keep their own keys).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { TEACH_STRINGS as S } from '../i18n/strings/teach';
import { useText } from '../i18n/use-text';
import { TooltipHost } from '../ui/tooltip-host';
import './teach.css';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}

export function TeachDialog({ title, onClose, children, testId, wide }: Props) {
  const tr = useText();
  const ref = useRef<HTMLDialogElement>(null);
  // the glossary words inside put their definitions on the dialog, over the top layer's backdrop
  const [host, setHost] = useState<HTMLDialogElement | null>(null);
  const attach = useCallback((dialog: HTMLDialogElement | null) => {
    ref.current = dialog;
    setHost(dialog);
  }, []);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={attach}
      className={`teach-dialog${wide ? ' teach-dialog-wide' : ''}`}
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="teach-dialog-head">
        <h2 id={`${testId}-title`}>{title}</h2>
        <button type="button" onClick={onClose} data-testid="teach-close">
          {tr(S.close)}
        </button>
      </div>
      <TooltipHost.Provider value={host}>{children}</TooltipHost.Provider>
    </dialog>
  );
}
