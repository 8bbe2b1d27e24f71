// Where the 3D scene goes: lazily loaded, isolated by an error boundary, and replaced by
// the 2D storyboard when WebGL is missing. On a phone it may wait for a tap, showing the stage's
// picture until then (scene-start.ts). Under it, the narration captions and, with reduced
// motion, the still readout (start and end of the stage); for screen readers, a summary of
// what the scene shows.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useApp } from '../state/app-store';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';
import { NarrationCaptions } from '../a11y/NarrationCaptions';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { detectWebgl } from '../ui/detect-webgl';
import { fallBackToStoryboard } from '../ui/webgl-fallback';
import { modePolicy } from '../state/mode-policy';
import { loadSceneChunk } from './scene-chunk';
import { useTrajectoryReady } from '../state/use-trajectory-ready';
import { choose } from '../state/preferences';
import { sceneWaitsForTapHere } from './scene-start';
import { LazyPart, LoadingMark } from '../ui/LazyPart';

const SceneRoot = lazy(loadSceneChunk);
// not on the first load: only devices without WebGL draw the storyboard
const Storyboard = lazy(() =>
  import('../storyboard/Storyboard').then((m) => ({ default: m.Storyboard })),
);
const ScenePoster = lazy(() =>
  import('../storyboard/ScenePoster').then((m) => ({ default: m.ScenePoster })),
);
const StillReadout = lazy(() => import('../a11y/StillReadout'));
const SceneSummary = lazy(() => import('../a11y/SceneSummary'));

/** A scene that failed because WebGL went away gives way to the storyboard. */
function onSceneError(kiosk: boolean): void {
  if (!detectWebgl()) fallBackToStoryboard();
  // the kiosk's recovery code is loaded with its bar (and off the first load of other modes)
  else if (kiosk) void import('../modes/kiosk/use-kiosk-recovery').then((m) => m.recoverKiosk());
}

export function SceneSlot() {
  const tr = useText();
  const webgl = useApp((s) => s.webgl);
  const mode = useApp((s) => s.mode);
  const reducedMotion = useApp((s) => s.reducedMotion);
  // bumped by the kiosk's recovery: a new key remounts the scene from scratch
  const sceneEpoch = useApp((s) => s.sceneEpoch);
  // the readouts read the model's trajectory: they wait for the worker's
  const modelReady = useTrajectoryReady(useApp((s) => s.regimen));
  // read once: a phone turned sideways keeps what it showed
  const [started, setStarted] = useState(() => !sceneWaitsForTapHere(modePolicy(mode)));
  // the Start button goes away when pressed: its focus moves to the scene's box, not the page
  const slot = useRef<HTMLDivElement>(null);
  const [tapped, setTapped] = useState(false);
  useEffect(() => {
    if (tapped) slot.current?.focus({ preventScroll: true });
  }, [tapped, webgl]);
  const focusable = tapped ? -1 : undefined;

  // until the worker's trajectory arrives, a mark that the slot is still to fill
  const extras = modelReady ? (
    <>
      {reducedMotion ? (
        <LazyPart>
          <StillReadout />
        </LazyPart>
      ) : null}
      <LazyPart>
        <SceneSummary />
      </LazyPart>
    </>
  ) : (
    <LoadingMark />
  );

  const start = () => {
    choose('scene3d', true);
    setTapped(true);
    setStarted(true);
  };

  if (!started) {
    return (
      <div className="scene-slot scene-waits" data-testid="scene-poster">
        <div className="scene-view">
          {/* holds its place while the picture's code arrives: the button does not move */}
          <div className="poster-picture">
            <LazyPart>
              <ScenePoster />
            </LazyPart>
          </div>
          <div className="poster-start">
            <button type="button" className="poster-button" onClick={start}>
              <span aria-hidden="true">▶ </span>
              {tr(S.posterStart)}
            </button>
            <p className="poster-note">{tr(S.posterNote)}</p>
          </div>
        </div>
        <NarrationCaptions />
        {extras}
      </div>
    );
  }

  // Whether WebGL works is learnt from the scene's own context (null until it is made): the
  // scene's code arrives once the first screen is up and the main thread idle (scene-chunk.ts),
  // then makes the page's one WebGL context; without one, the storyboard takes its place.
  if (webgl === false) {
    return (
      <div
        className="scene-slot scene-fallback"
        data-testid="no-webgl"
        ref={slot}
        tabIndex={focusable}
      >
        <div className="scene-view">
          <p className="fallback-message" role="status">
            {tr(S.noWebgl)}
          </p>
          <LazyPart>
            <Storyboard />
          </LazyPart>
        </div>
        <NarrationCaptions />
        {extras}
      </div>
    );
  }
  return (
    <div
      className="scene-slot"
      data-testid="scene-slot"
      data-scene-epoch={sceneEpoch}
      // busy until the scene's context says whether WebGL works here
      aria-busy={webgl === null ? true : undefined}
      ref={slot}
      tabIndex={focusable}
    >
      <div className="scene-view">
        <ErrorBoundary
          key={sceneEpoch}
          name="scene"
          message={tr(S.sceneError)}
          retryLabel={tr(S.retry)}
          onError={() => onSceneError(modePolicy(mode).selfRecovers)}
        >
          <Suspense fallback={<p className="scene-loading">{tr(S.sceneLoading)}</p>}>
            <SceneRoot />
          </Suspense>
        </ErrorBoundary>
      </div>
      <NarrationCaptions />
      {extras}
    </div>
  );
}
