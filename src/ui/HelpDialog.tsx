// The keyboard help, opened with "?" or its button: a modal <dialog> listing the key table
// for the current mode. Focus moves into it and returns to where it was when it closes. Its
// contents are built only while it is open (a phone's first screen has a third fewer elements).
import { useEffect, useRef } from 'react';
import { bindingsForMode, keyName } from '../a11y/keymap';
import { useApp } from '../state/app-store';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { useText } from '../i18n/use-text';

export function HelpButton() {
  const tr = useText();
  return (
    <button
      type="button"
      className="help-button"
      aria-label={tr(M.help)}
      title={tr(M.help)}
      aria-haspopup="dialog"
      onClick={() => useApp.getState().setHelpOpen(true)}
      data-testid="help-button"
    >
      ?
    </button>
  );
}

export function HelpDialog() {
  const open = useApp((s) => s.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const onClose = () => {
    useApp.getState().setHelpOpen(false);
    const back = opener.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    opener.current = null;
  };

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={onClose}
      data-testid="help-dialog"
    >
      {open ? <HelpContents onClose={() => ref.current?.close()} /> : null}
    </dialog>
  );
}

function HelpContents({ onClose }: { onClose: () => void }) {
  const tr = useText();
  const mode = useApp((s) => s.mode);
  const keyNames = {
    ' ': tr(M.keySpace),
    Home: tr(M.keyHome),
    End: tr(M.keyEnd),
    PageUp: tr(M.keyPageUp),
    PageDown: tr(M.keyPageDown),
    Escape: tr(M.keyEscape),
  };
  return (
    <>
      <div className="help-head">
        <h2 id="help-title">{tr(M.help)}</h2>
        <button type="button" autoFocus onClick={onClose}>
          {tr(M.close)}
        </button>
      </div>
      <p>{tr(M.helpIntro)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{tr(M.key)}</th>
            <th scope="col">{tr(M.action)}</th>
          </tr>
        </thead>
        <tbody>
          {bindingsForMode(mode).map((row) => (
            <tr key={row.action} data-action={row.action}>
              <td>
                {row.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ` ${tr(M.or)} `}
                    <kbd>{keyName(k, keyNames)}</kbd>
                  </span>
                ))}
              </td>
              <td>{tr(row.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
