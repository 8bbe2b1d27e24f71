// The side panel area: tabs for every chart, and the chart for the current stage unless the
// user picked another (store.panelOverride; a stage change returns to the stage's chart).
import { Suspense } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { APP_STRINGS } from '../i18n/strings/app';
import { PANEL_SHELL_STRINGS as S } from '../i18n/strings/panel-shell';
import { useText } from '../i18n/use-text';
import { useApp, useCurrentStage } from '../state/app-store';
import type { PanelId } from '../story/structures';
import { PANELS } from './panel-registry';
import { activePanel, overrideFor } from './panel-choice';
import { PanelTabs, TABPANEL_ID, tabId } from './PanelTabs';
import './panels.css';
import { modePolicy } from '../state/mode-policy';

export function PanelHost() {
  const tr = useText();
  const stage = useCurrentStage();
  const override = useApp((s) => s.panelOverride);
  const active = activePanel(stage.panel, override);
  const entry = PANELS[active];
  const tabs = useApp((s) => modePolicy(s.mode).panelTabs);
  const select = (id: PanelId) => useApp.getState().showPanel(overrideFor(id, stage.panel));
  const body = (id: PanelId) => {
    const { Component } = PANELS[id];
    return (
      <ErrorBoundary
        key={id}
        name={`panel-${id}`}
        message={tr(APP_STRINGS.panelError)}
        retryLabel={tr(APP_STRINGS.retry)}
      >
        <Suspense fallback={<p className="panel-loading">{tr(S.loading)}</p>}>
          <Component />
        </Suspense>
      </ErrorBoundary>
    );
  };

  // A kiosk shows the stage's own chart only: no tabs to wander off with, and a visible title.
  if (!tabs) {
    return (
      <section
        className="panel-host panel-host-kiosk"
        aria-labelledby="panel-kiosk-title"
        data-panel={stage.panel}
        data-testid="panel-host"
      >
        <div className="panel-body" data-testid="panel-body">
          <h2 className="panel-title" id="panel-kiosk-title">
            {tr(PANELS[stage.panel].title)}
          </h2>
          {body(stage.panel)}
        </div>
      </section>
    );
  }

  return (
    <section
      className="panel-host"
      aria-label={tr(S.region)}
      data-panel={active}
      data-testid="panel-host"
    >
      <PanelTabs active={active} stagePanel={stage.panel} onSelect={select} />
      <div
        className="panel-body"
        role="tabpanel"
        id={TABPANEL_ID}
        aria-labelledby={tabId(active)}
        data-testid="panel-body"
      >
        {/* The tab names the panel on screen; the heading names it for screen readers. */}
        <h2 className="visually-hidden">{tr(entry.title)}</h2>
        {override !== null ? (
          <div className="panel-title-row">
            <button
              type="button"
              className="panel-back"
              onClick={() => useApp.getState().showPanel(null)}
              data-testid="panel-back"
            >
              {tr(S.backToStage)}
            </button>
          </div>
        ) : null}
        {body(active)}
      </div>
    </section>
  );
}
