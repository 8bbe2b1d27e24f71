// Applies the URL's settings to the store once at start-up, with a notice per bad value.
import { bundledStory, useApp } from '../state/app-store';
import { KIOSK_DEFAULTS, visibleStages, type Mode } from '../state/store';
import { displayValue, parseUrlSettings, withoutRejected } from '../state/url-params';
import { langFromNavigator } from '../i18n/languages';
import { format, localize } from '../i18n/localize';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { savedStageIds, savedStoryText } from '../modes/story/saved-story';
import { loadPreferences, type Preferences } from '../state/preferences';
import { writeAddress } from '../state/url-sync';
import { modePolicy } from '../state/mode-policy';
import { PATIENT_STAGE_IDS } from '../modes/kiosk/clinic/patient-stage-ids';

export function applyUrlSettings(search: string, navigatorLanguages?: readonly string[]): void {
  const bundledIds = visibleStages(bundledStory).map((s) => s.id);
  let settings = parseUrlSettings(search, bundledIds);
  // (the kiosk's start-up finds the stage again in the story it plays)
  if (modePolicy(settings.mode).clinicSetup)
    settings = parseUrlSettings(search, [...bundledIds, ...PATIENT_STAGE_IDS]);
  const app = useApp.getState();
  // a kiosk is a shared screen: one visitor's choices never carry over to the next
  const prefs: Preferences = modePolicy(settings.mode).savesPreferences ? loadPreferences() : {};
  const lang = settings.lang ?? prefs.lang ?? langFromNavigator(navigatorLanguages);
  app.setLang(lang);

  // A lecturer's own story, kept in this browser, is used again in present mode once it has
  // passed the checks (async); a link to one of its stages is accepted meanwhile.
  const restore = modePolicy(settings.mode).presentTools && savedStoryText() !== null;
  const savedIds = restore ? savedStageIds() : null;
  // (bundled ids first: a stage of the built-in story keeps its index; one of the saved story's
  // own is found again by id once that story is shown)
  if (savedIds) settings = parseUrlSettings(search, [...new Set([...bundledIds, ...savedIds])]);

  app.setMode(settings.mode);
  app.setView(settings.view);
  app.goToStage(settings.stageIndex);
  if (settings.doseMgPerKg !== null && modePolicy(settings.mode).doseControl) {
    app.setRegimen({ ...app.regimen, doseMgPerKg: settings.doseMgPerKg });
  }
  app.setKioskTiming({
    stageSec: settings.kioskStageSec ?? KIOSK_DEFAULTS.stageSec,
    idleSec: settings.kioskIdleSec ?? KIOSK_DEFAULTS.idleSec,
  });
  settings.rejected.forEach(({ param, value }) => {
    app.notify({
      id: `url-${param}`,
      tone: 'warning',
      text: format(localize(S.badParam, lang), { param, value: displayValue(value) }),
    });
  });
  if (typeof window !== 'undefined' && settings.rejected.length) {
    // a copied link should not carry the values that were ignored
    try {
      writeAddress(window, withoutRejected(search, settings.rejected), false);
    } catch {
      // the address keeps the ignored values; the notices above still say so
    }
  }
  applyDisplayPreferences(prefs, settings.mode);
  // the waiting-room loop always plays; elsewhere ?autoplay=0 opens the story paused
  app.setPlaying(
    settings.view === 'main' &&
      (settings.autoplay || modePolicy(settings.mode).stageEnd === 'loop'),
  );
  if (restore) {
    const stageId = new URLSearchParams(search).get('stage');
    // loaded only when there is a saved story to check (keeps the gate out of the first load)
    void import('../modes/story/restore-saved-story')
      .then((m) => m.restoreSavedStory(stageId))
      .catch(() => {
        // the chunk could not load (offline, no cache): the built-in story stays
      });
  }
}

/** The media query's answer, or false where there is no matchMedia (tests, old browsers). */
function mediaQuery(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(query);
}

/**
 * Reduced motion, high contrast and captions: the viewer's stored choice, else the system's
 * setting (prefers-reduced-motion, prefers-contrast), else the mode's default. Captions are on
 * in kiosk and explore mode; in present mode the lecturer is the narrator, so they start off.
 */
export function applyDisplayPreferences(prefs: Preferences, mode: Mode) {
  const app = useApp.getState();
  const motion = mediaQuery('(prefers-reduced-motion: reduce)');
  const contrast = mediaQuery('(prefers-contrast: more)');
  app.setReducedMotion(prefs.reducedMotion ?? motion?.matches ?? false);
  app.setHighContrast(prefs.highContrast ?? contrast?.matches ?? false);
  const { captions, savesPreferences } = modePolicy(mode);
  app.setCaptions(captions === 'always' ? true : (prefs.captions ?? captions === 'on'));
  // the system setting changing later applies unless the viewer chose otherwise here
  const chosen = () => (savesPreferences ? loadPreferences() : {});
  motion?.addEventListener?.('change', (e) => {
    if (chosen().reducedMotion === undefined) useApp.getState().setReducedMotion(e.matches);
  });
  contrast?.addEventListener?.('change', (e) => {
    if (chosen().highContrast === undefined) useApp.getState().setHighContrast(e.matches);
  });
}
