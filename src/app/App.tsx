// The page shell: scene and panels side by side, caption and controls below.
import { useEffect } from 'react';
import { useApp } from '../state/app-store';
import { startPlaybackLoop } from '../state/playback-loop';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';
import { CaptionBar } from './CaptionBar';
import { ErrorBoundary } from './ErrorBoundary';
import { ModelReadout } from './ModelReadout';
import { Notices } from './Notices';
import { SceneSlot } from './SceneSlot';
import { StageNav } from './StageNav';
import { useKeyboard } from './use-keyboard';
import { PanelHost } from '../panels/PanelHost';

export function App() {
  const tr = useText();
  const mode = useApp((s) => s.mode);
  const lang = useApp((s) => s.lang);
  const highContrast = useApp((s) => s.highContrast);
  useKeyboard();
  useEffect(() => startPlaybackLoop(), []);
  useEffect(() => {
    document.documentElement.lang = lang === 'pseudo' ? 'en' : lang;
    document.title = tr(S.appTitle);
  }, [lang, tr]);

  return (
    <div className={`app mode-${mode}${highContrast ? ' high-contrast' : ''}`} data-mode={mode}>
      <a className="skip-link" href="#controls">
        {tr(S.skipToControls)}
      </a>
      <header className="app-header">
        <h1>{tr(S.appTitle)}</h1>
        <p className="not-advice">{tr(S.notAdvice)}</p>
      </header>
      <Notices />
      <main className="app-main">
        <SceneSlot />
        <aside className="panel-slot">
          <ErrorBoundary name="panels" message={tr(S.panelError)} retryLabel={tr(S.retry)}>
            <PanelHost />
          </ErrorBoundary>
        </aside>
      </main>
      <footer className="app-footer" id="controls">
        <CaptionBar />
        <div className="control-row">
          <StageNav />
          <ModelReadout />
        </div>
      </footer>
    </div>
  );
}
