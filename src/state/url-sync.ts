// Keeps the address bar in step with the app: the URL names the current stage (so a copied
// link reopens it), the language and, in explore mode, the dose. Each stage change is a
// history entry, so the browser's back and forward buttons move through stages. The kiosk leaves
// the stage out: its loop restarts from the top after a reload, and a changed address makes
// Chromium fetch the favicon again, once per stage for as long as the screen runs.
import { useApp } from './app-store';
import { DEFAULT_REGIMEN, visibleStages, type AppState } from './store';
import { parseUrlSettings, withParams } from './url-params';
import { reportFault } from './report-fault';
import { modePolicy } from './mode-policy';

/**
 * Puts a new query in the address bar. The URL is built from the full href: a path such as
 * "//" (a doubled slash) given alone would read as another host and make history throw.
 */
export function writeAddress(win: Window, search: string, push: boolean): void {
  const url = new URL(win.location.href);
  url.search = search;
  if (push) win.history.pushState(null, '', url.href);
  else win.history.replaceState(null, '', url.href);
}

function stageIdOf(state: AppState): string | undefined {
  return visibleStages(state.story)[state.stageIndex]?.id;
}

export function startUrlSync(win: Window = window): () => void {
  let applyingHistory = false;
  const initial = useApp.getState();
  let lastStage = stageIdOf(initial);
  let lastLang = initial.lang;
  let lastDose = initial.regimen.doseMgPerKg;

  const write = (patch: Record<string, string | null>, push: boolean) => {
    try {
      const search = withParams(win.location.search, patch);
      if (search === win.location.search) return;
      writeAddress(win, search, push);
    } catch (error) {
      // the address bar could not follow (e.g. a sandboxed frame): the app plays on
      reportFault(error, write);
    }
  };

  const unsubscribe = useApp.subscribe((state) => {
    const stage = stageIdOf(state);
    if (stage !== lastStage) {
      lastStage = stage;
      if (stage && !applyingHistory && modePolicy(state.mode).stageInAddress)
        write({ stage }, true);
    }
    if (state.lang !== lastLang) {
      lastLang = state.lang;
      // a kiosk's languages take turns; its address stays as it was started
      if (modePolicy(state.mode).stageInAddress) write({ lang: state.lang }, false);
    }
    const dose = state.regimen.doseMgPerKg;
    if (dose !== lastDose) {
      lastDose = dose;
      if (modePolicy(state.mode).doseControl) {
        write({ dose: dose === DEFAULT_REGIMEN.doseMgPerKg ? null : String(dose) }, false);
      }
    }
  });

  const onPopState = () => {
    const app = useApp.getState();
    const ids = visibleStages(app.story).map((s) => s.id);
    const { stageIndex } = parseUrlSettings(win.location.search, ids);
    applyingHistory = true;
    try {
      app.goToStage(stageIndex);
    } finally {
      applyingHistory = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
