import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import 'virtual:theme.css';
import './app/app.css';
import { App } from './app/App';
import { applyUrlSettings } from './app/boot';
import { registerServiceWorker } from './offline/register-service-worker';
import { useApp } from './state/app-store';
import { modePolicy } from './state/mode-policy';
import { prefetchTrajectory } from './workers/trajectory-client';
import { watchEarlyErrors } from './modes/kiosk/early-errors';

applyUrlSettings(window.location.search, navigator.languages);
// the model's 14-day trajectory is simulated in a worker while the page renders; the worker is
// started in a task of its own (creating it costs ~10 ms of main thread at full speed, ~40 ms
// on a throttled phone), not in this one, which already parses and runs the entry
setTimeout(() => void prefetchTrajectory(useApp.getState().regimen), 0);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');
// A transition: React renders the first screen in slices of a few milliseconds, yielding to
// the browser between them, instead of in one long task that blocks input on a slow phone.
const render = () =>
  startTransition(() =>
    createRoot(rootElement).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
// a kiosk's errors count from now, before its recovery has loaded (use-kiosk-recovery.ts)
if (modePolicy(useApp.getState().mode).selfRecovers) watchEarlyErrors();
// a kiosk reads its clinic.json and story first (never fails: the generic kiosk plays)
if (modePolicy(useApp.getState().mode).clinicSetup) {
  void import('./modes/kiosk/clinic/start-kiosk')
    .then((m) => m.startKiosk(window.location.search))
    .catch(() => undefined)
    .then(render);
} else render();

registerServiceWorker();
