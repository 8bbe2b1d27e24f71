// A modal <dialog> for the teaching tools: focus moves in and back to the opener, Escape and
// the Close button close it, and the app's shortcut keys stay out of it (radio buttons and
// text keep their own keys).
import { useEffect, useState, type ReactNode } from 'react';
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
  // the dialog element, once mounted: opened as a modal here, and the glossary words inside
  // put their definitions on it, over the top layer's backdrop
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  useEffect(() => {
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);
  return (
    <dialog
      ref={setDialog}
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
      <TooltipHost.Provider value={dialog}>{children}</TooltipHost.Provider>
    </dialog>
  );
}
