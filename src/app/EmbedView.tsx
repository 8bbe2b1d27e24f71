// ?embed=1: only the scene, the stage caption and previous / play / next, sized to the iframe
// it sits in (down to 320 x 180) with no page scrolling and no header. The host page can drive
// it with the messages in ./embed-api.
import { useEffect } from 'react';
import { SceneSlot } from './SceneSlot';
import { StageNav } from '../ui/StageNav';
import { TermText } from '../ui/TermText';
import { LiveRegion } from '../a11y/LiveRegion';
import { startPlaybackLoop } from '../state/playback-loop';
import { useApp, useCurrentStage } from '../state/app-store';
import { APP_STRINGS as A } from '../i18n/strings/app';
import { TEACH_STRINGS as S } from '../i18n/strings/teach';
import { useText } from '../i18n/use-text';
import { embedUrl } from '../modes/embed/embed-code';
import { startEmbedApi } from '../modes/embed/embed-api';
import './embed.css';

export default function EmbedView() {
  const tr = useText();
  const stage = useCurrentStage();
  const lang = useApp((s) => s.lang);
  const highContrast = useApp((s) => s.highContrast);
  useEffect(() => startPlaybackLoop(), []);
  useEffect(() => startEmbedApi(), []);
  useEffect(() => {
    document.documentElement.classList.add('embedded');
    return () => document.documentElement.classList.remove('embedded');
  }, []);
  const full = embedUrl(window.location.href, stage.id, lang).replace(/([?&])embed=1&?/, '$1');
  return (
    <div
      className={`app embed${highContrast ? ' high-contrast' : ''}`}
      data-view="embed"
      data-testid="embed"
    >
      <h1 className="visually-hidden">{tr(A.appTitle)}</h1>
      <main className="embed-main">
        <SceneSlot />
      </main>
      <footer className="embed-bar" aria-label={tr(S.embedControls)}>
        <section className="embed-caption" aria-labelledby="stage-title" data-stage={stage.id}>
          <h2 id="stage-title" data-testid="stage-title">
            {tr(stage.title)}
          </h2>
          <p className="caption" data-testid="stage-caption">
            <TermText text={tr(stage.caption)} />
          </p>
        </section>
        <div className="embed-controls">
          <StageNav />
          <a className="embed-open" href={full} target="_blank" rel="noopener">
            <span aria-hidden="true">↗</span>
            <span className="visually-hidden">{tr(S.openFull)}</span>
          </a>
        </div>
      </footer>
      <LiveRegion />
    </div>
  );
}
