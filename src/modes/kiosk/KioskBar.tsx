// The kiosk's only control: a large Pause / Continue button anyone can use, the story's
// progress as dots, and the patient-safe line. Runs the kiosk's background duties too.
import { lazy, useEffect, useRef, useState } from 'react';
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { APP_STRINGS as S } from '../../i18n/strings/app';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';
import { useKioskIdle } from './use-kiosk-idle';
import { useKioskRecovery } from './use-kiosk-recovery';
import { useWakeLock } from './use-wake-lock';
import { onKioskLoopEnd } from '../../state/playback-loop';
import { betweenKioskLoops } from '../../offline/register-service-worker';
import { LazyPart } from '../../ui/LazyPart';

// staff only (?mode=kiosk&setup=1): loaded when asked for
const KioskSetup = lazy(() => import('./clinic/KioskSetup'));
const SETUP = new URLSearchParams(window.location.search).get('setup') === '1';

export function KioskBar() {
  const tr = useText();
  const playing = useApp((s) => s.playing);
  const stageIndex = useApp((s) => s.stageIndex);
  const story = useApp((s) => s.story);
  const idleSec = useApp((s) => s.kioskIdleSec);
  const total = visibleStages(story).length;
  const [setup, setSetup] = useState(SETUP);
  useWakeLock(true);
  useKioskIdle(true, idleSec);
  useKioskRecovery(true);
  // a new build, if the server has one, is shown between two loops
  useEffect(() => onKioskLoopEnd(betweenKioskLoops), []);
  const previous = useRef(stageIndex);
  useEffect(() => {
    // each new loop starts clean: passing notes (e.g. "restarted itself") go; warnings about
    // the kiosk's own set-up stay for the staff to see
    const wrapped = previous.current === total - 1 && stageIndex === 0;
    previous.current = stageIndex;
    if (!wrapped) return;
    const app = useApp.getState();
    for (const n of app.notices) if (n.tone === 'info') app.dismissNotice(n.id);
  }, [stageIndex, total]);

  return (
    <div className="kiosk-bar">
      <button
        type="button"
        className="kiosk-pause"
        onClick={() => useApp.getState().togglePlaying()}
        data-testid="kiosk-pause"
      >
        <span aria-hidden="true" className="kiosk-pause-icon">
          {playing ? '❚❚' : '▶'}
        </span>{' '}
        {playing ? tr(M.kioskPause) : tr(M.kioskResume)}
      </button>
      {!playing && (
        <p className="kiosk-paused" role="status">
          {tr(M.kioskPausedHint)}
        </p>
      )}
      <ol
        className="kiosk-dots"
        aria-label={tr(S.stageOf, { n: stageIndex + 1, total })}
        data-testid="stage-count"
      >
        {Array.from({ length: total }, (_, i) => (
          <li key={i} className={i === stageIndex ? 'current' : undefined} aria-hidden="true" />
        ))}
      </ol>
      <p className="kiosk-safety" data-testid="kiosk-safety">
        {tr(M.kioskSafety)}
      </p>
      {setup ? (
        <LazyPart>
          <KioskSetup onClose={() => setSetup(false)} />
        </LazyPart>
      ) : null}
    </div>
  );
}
