// Opens the presenter window: the same build with ?view=presenter (notes, next stage, clock;
// no 3D scene), on the lecturer's laptop screen. The two windows sync over BroadcastChannel.
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { withParams } from '../../state/url-params';
import { localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { modePolicy } from '../../state/mode-policy';

/** Window name, so pressing P again focuses the open presenter window instead of a new one. */
const PRESENTER_WINDOW_NAME = 'ketamine-synapse-presenter';

export function presenterUrl(loc: Location = window.location): string {
  const app = useApp.getState();
  const stage = visibleStages(app.story)[app.stageIndex]?.id ?? null;
  const search = withParams(loc.search, {
    mode: 'present',
    view: 'presenter',
    stage,
    lang: app.lang,
  });
  return `${loc.pathname}${search}`;
}

export function openPresenterWindow(): Window | null {
  const opened = window.open(presenterUrl(), PRESENTER_WINDOW_NAME, 'popup,width=1100,height=760');
  if (!opened) {
    const app = useApp.getState();
    app.notify({
      id: 'presenter-popup',
      tone: 'warning',
      text: localize(M.popupBlocked, app.lang),
    });
    return null;
  }
  opened.focus();
  return opened;
}

/** Link to the printable handout in the current language. */
export function handoutUrl(loc: Location = window.location): string {
  const app = useApp.getState();
  return `${loc.pathname}${withParams('', { mode: modePolicy(app.mode).handout ? app.mode : null, view: 'handout', lang: app.lang })}`;
}
