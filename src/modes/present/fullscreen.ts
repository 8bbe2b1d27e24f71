// Full screen for the projected window (F key and button).
import { useApp } from '../../state/app-store';
import { localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';

export function toggleFullscreen(doc: Document = document): void {
  const failed = () => {
    const app = useApp.getState();
    app.notify({ id: 'fullscreen', tone: 'warning', text: localize(M.fullscreenFailed, app.lang) });
  };
  try {
    if (doc.fullscreenElement) {
      void doc.exitFullscreen?.().catch(() => undefined);
      return;
    }
    const request = doc.documentElement.requestFullscreen?.bind(doc.documentElement);
    if (!request) return failed();
    void Promise.resolve(request()).catch(failed);
  } catch {
    failed();
  }
}
