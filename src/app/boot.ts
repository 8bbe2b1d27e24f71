// Applies the URL's settings to the store once at start-up, with a notice per bad value.
import { bundledStory, useApp } from '../state/app-store';
import { visibleStages } from '../state/store';
import { displayValue, parseUrlSettings } from '../state/url-params';
import { langFromNavigator } from '../i18n/languages';
import { format, localize } from '../i18n/localize';
import { APP_STRINGS as S } from '../i18n/strings/app';

export function applyUrlSettings(search: string, navigatorLanguages?: readonly string[]): void {
  const stageIds = visibleStages(bundledStory).map((s) => s.id);
  const settings = parseUrlSettings(search, stageIds);
  const app = useApp.getState();
  const lang = settings.lang ?? langFromNavigator(navigatorLanguages);
  app.setLang(lang);
  app.setMode(settings.mode);
  app.goToStage(settings.stageIndex);
  if (settings.doseMgPerKg !== null && settings.mode === 'explore') {
    app.setRegimen({ ...app.regimen, doseMgPerKg: settings.doseMgPerKg });
  }
  settings.rejected.forEach(({ param, value }) => {
    app.notify({
      id: `url-${param}`,
      tone: 'warning',
      text: format(localize(S.badParam, lang), { param, value: displayValue(value) }),
    });
  });
  app.setPlaying(true);
}
