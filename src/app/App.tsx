// The page shell. One build, three modes (explore, present, kiosk) and three views: the app
// itself, the lecturer's presenter window and the printable handout (both lazily loaded).
import { lazy, Suspense, useEffect } from 'react';
import { useApp } from '../state/app-store';
import { startPlaybackLoop } from '../state/playback-loop';
import { startUrlSync } from '../state/url-sync';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { htmlLang } from '../i18n/localize';
import { useText } from '../i18n/use-text';
import { CaptionBar } from './CaptionBar';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { HelpButton, HelpDialog } from '../ui/HelpDialog';
import { ModelReadout } from './ModelReadout';
import { Notices } from '../ui/Notices';
import { ResetButton } from '../ui/ResetButton';
import { SceneSlot } from './SceneSlot';
import { SpeedControl } from '../ui/SpeedControl';
import { StageNav } from '../ui/StageNav';
import { Timeline } from './Timeline';
import { useKeyboard } from './use-keyboard';
import { PanelHost } from '../panels/PanelHost';
import { LiveRegion } from '../a11y/LiveRegion';
import { DisplayOptions } from './DisplayOptions';
import { PanelSheet } from './PanelSheet';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { modePolicy } from '../state/mode-policy';
import { isEmbed } from '../modes/embed/embed-code';
import { TermTextProvider, type RenderTerms } from '../ui/TermText';
import { LazyPart, LoadingMark } from '../ui/LazyPart';

// kiosk only (preloaded by its start-up, src/modes/kiosk/clinic/start-kiosk.ts)
const KioskBar = lazy(() =>
  import('../modes/kiosk/KioskBar').then((m) => ({ default: m.KioskBar })),
);
const KioskSide = lazy(() => import('../modes/kiosk/clinic/KioskSide'));
const PresenterView = lazy(() => import('../modes/present/PresenterView'));
// present mode's tools (presenter window, blackout, story files and their drop zone): off the
// first load of the other modes
const PresentTools = lazy(() =>
  import('../modes/present/PresentTools').then((m) => ({ default: m.PresentTools })),
);
const BlackoutOverlay = lazy(() =>
  import('../modes/present/BlackoutOverlay').then((m) => ({ default: m.BlackoutOverlay })),
);

const HandoutView = lazy(() => import('../modes/handout/HandoutView'));
// teach (issue 14): the embedded layout, and the header's Teach menu
const EmbedView = lazy(() => import('./EmbedView'));
const EMBED = isEmbed(window.location.search);
const TeachMenu = lazy(() => import('../teach/TeachMenu'));
const QuizPrompt = lazy(() => import('../teach/quiz/QuizPrompt'));
// glossary terms in the caption, chart summaries and the storyboard (ui/TermText)
const GlossaryText = lazy(() =>
  import('../teach/glossary/GlossaryText').then((m) => ({ default: m.GlossaryText })),
);
// the handout's last page: the glossary terms its pages use, for print
const HandoutGlossary = lazy(() => import('../teach/glossary/HandoutGlossary'));
const renderTerms: RenderTerms = (text) => (
  <Suspense
    fallback={
      <>
        {text}
        <LoadingMark />
      </>
    }
  >
    <GlossaryText text={text} />
  </Suspense>
);

export function App() {
  const tr = useText();
  const mode = useApp((s) => s.mode);
  const view = useApp((s) => s.view);
  const lang = useApp((s) => s.lang);
  useKeyboard(view !== 'handout');
  // an embed leaves the host page's address and history alone
  useEffect(() => (view === 'handout' || EMBED ? undefined : startUrlSync()), [view]);
  useEffect(() => {
    if (!modePolicy(mode).presentTools || view === 'handout') return undefined;
    // the two-window sync loads with present mode only (kept out of the first load)
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../modes/sync/start-sync').then((m) => {
      if (!cancelled) stop = m.startPresentSync();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [mode, view]);
  const highContrast = useApp((s) => s.highContrast);
  useEffect(() => {
    document.documentElement.dataset.mode = mode;
  }, [mode]);
  useEffect(() => {
    // on <html> too, so the page behind dialogs and every view take the projector colours
    document.documentElement.classList.toggle('high-contrast', highContrast);
  }, [highContrast]);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = tr(S.appTitle);
  }, [lang, tr]);

  if (view === 'main' && !EMBED) return <MainView />;
  // the embed's caption, the speaker notes: glossary terms explained there too
  return (
    <TermTextProvider value={modePolicy(mode).glossary ? renderTerms : null}>
      {view === 'main' ? (
        <LazyPart>
          <EmbedView />
        </LazyPart>
      ) : (
        <Suspense fallback={<p className="view-loading">…</p>}>
          {view === 'presenter' ? (
            <PresenterView
              teachTools={
                <LazyPart>
                  <QuizPrompt />
                </LazyPart>
              }
            />
          ) : (
            <HandoutView
              appendix={
                <LazyPart>
                  <HandoutGlossary />
                </LazyPart>
              }
            />
          )}
        </Suspense>
      )}
    </TermTextProvider>
  );
}

function MainView() {
  const tr = useText();
  const mode = useApp((s) => s.mode);
  const policy = modePolicy(mode);
  // the kiosk's patient story: a picture and the clinic's card instead of charts
  const patientStory = useApp((s) => s.story.audience === 'patients');
  const highContrast = useApp((s) => s.highContrast);
  const reducedMotion = useApp((s) => s.reducedMotion);
  useEffect(() => startPlaybackLoop(), []);

  const classes = ['app', `mode-${mode}`];
  if (highContrast) classes.push('high-contrast');
  if (reducedMotion) classes.push('reduced-motion');

  return (
    <TermTextProvider value={policy.glossary ? renderTerms : null}>
      <div className={classes.join(' ')} data-mode={mode} data-view="main">
        <a className="skip-link" href="#controls">
          {tr(S.skipToControls)}
        </a>
        <header className="app-header drift">
          <h1>{tr(S.appTitle)}</h1>
          <p className="not-advice">{tr(S.notAdvice)}</p>
          {policy.headerTools && (
            <>
              {/* on a phone the tools fold into one menu (a popover; phone.css) */}
              <button type="button" className="header-menu" popoverTarget="header-tools">
                {tr(S.menu)}
              </button>
              <div className="header-tools" id="header-tools" popover="auto">
                <LanguageSwitch />
                <DisplayOptions />
                <LazyPart>
                  <TeachMenu />
                </LazyPart>
              </div>
            </>
          )}
        </header>
        <Notices />
        <main className="app-main">
          <SceneSlot />
          <PanelSheet>
            <ErrorBoundary name="panels" message={tr(S.panelError)} retryLabel={tr(S.retry)}>
              {!patientStory ? (
                <PanelHost />
              ) : (
                <LazyPart>
                  <KioskSide />
                </LazyPart>
              )}
            </ErrorBoundary>
          </PanelSheet>
        </main>
        <footer className="app-footer drift" id="controls">
          <CaptionBar />
          {!policy.fullControls ? (
            <LazyPart>
              <KioskBar />
            </LazyPart>
          ) : (
            <>
              <Timeline />
              <div className="control-row">
                <StageNav />
                {policy.speedControl && <SpeedControl />}
                {policy.resetButton && <ResetButton />}
                {policy.presentTools && (
                  <LazyPart>
                    <PresentTools />
                  </LazyPart>
                )}
                <LazyPart>
                  <QuizPrompt />
                </LazyPart>
                <HelpButton />
                {policy.modelReadout && <ModelReadout />}
              </div>
            </>
          )}
        </footer>
        <LiveRegion />
        {policy.helpDialog && <HelpDialog />}
        {policy.presentTools && (
          <LazyPart>
            <BlackoutOverlay />
          </LazyPart>
        )}
      </div>
    </TermTextProvider>
  );
}
