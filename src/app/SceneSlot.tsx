// Where the 3D scene goes: lazily loaded, isolated by an error boundary, and replaced by
// the 2D storyboard when WebGL is missing.
import { lazy, Suspense, useEffect } from 'react';
import { useApp } from '../state/app-store';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';
import { ErrorBoundary } from './ErrorBoundary';
import { detectWebgl } from './detect-webgl';
import { Storyboard } from '../storyboard/Storyboard';
import { recoverKiosk } from '../modes/kiosk/use-kiosk-recovery';

const SceneRoot = lazy(() => import('../scene3d/SceneRoot'));

export function SceneSlot() {
  const tr = useText();
  const webgl = useApp((s) => s.webgl);
  const mode = useApp((s) => s.mode);
  // bumped by the kiosk's recovery: a new key remounts the scene from scratch
  const sceneEpoch = useApp((s) => s.sceneEpoch);
  useEffect(() => {
    if (useApp.getState().webgl === null) useApp.getState().setWebgl(detectWebgl());
  }, []);

  if (webgl === null) return <div className="scene-slot" aria-busy="true" />;
  if (!webgl) {
    return (
      <div className="scene-slot scene-fallback" data-testid="no-webgl">
        <p className="fallback-message" role="status">
          {tr(S.noWebgl)}
        </p>
        <Storyboard />
      </div>
    );
  }
  return (
    <div className="scene-slot" data-testid="scene-slot" data-scene-epoch={sceneEpoch}>
      <ErrorBoundary
        key={sceneEpoch}
        name="scene"
        message={tr(S.sceneError)}
        retryLabel={tr(S.retry)}
        onError={mode === 'kiosk' ? recoverKiosk : undefined}
      >
        <Suspense fallback={<p className="scene-loading">{tr(S.sceneLoading)}</p>}>
          <SceneRoot />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
