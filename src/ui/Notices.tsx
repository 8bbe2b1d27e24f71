// Visible, dismissible notices (bad URL values, rejected story files, recoveries).
import { useApp } from '../state/app-store';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  const tr = useText();
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={tr(S.notices)}>
      {notices.map((n) => (
        <li
          key={n.id}
          className={`notice notice-${n.tone}`}
          data-notice={n.id}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <span className="notice-text">{n.text}</span>
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)}>
            {tr(S.dismiss)}
          </button>
        </li>
      ))}
    </ul>
  );
}
