// The panel tabs: a WAI-ARIA tablist (arrow keys, Home and End move and select; roving
// tabindex). The stage's own panel is marked so people see which chart follows the story.
import { useRef, type KeyboardEvent } from 'react';
import { PANEL_SHELL_STRINGS as S } from '../i18n/strings/panel-shell';
import { useText } from '../i18n/use-text';
import type { PanelId } from '../story/structures';
import { PANEL_ORDER, PANELS } from './panel-registry';

export const TABPANEL_ID = 'panel-tabpanel';
export const tabId = (id: PanelId) => `panel-tab-${id}`;

export function PanelTabs({
  active,
  stagePanel,
  onSelect,
}: {
  active: PanelId;
  stagePanel: PanelId;
  onSelect: (id: PanelId) => void;
}) {
  const tr = useText();
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = PANEL_ORDER.indexOf(active);
    let next = -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (i + 1) % PANEL_ORDER.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (i - 1 + PANEL_ORDER.length) % PANEL_ORDER.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = PANEL_ORDER.length - 1;
        break;
      default:
        return;
    }
    // Keep the app's stage keys (arrows, Home, End) from also firing.
    event.preventDefault();
    event.stopPropagation();
    const id = PANEL_ORDER[next];
    if (!id) return;
    onSelect(id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${tabId(id)}`)?.focus();
  };

  return (
    <div
      ref={listRef}
      className="panel-tabs"
      role="tablist"
      aria-label={tr(S.tabsLabel)}
      onKeyDown={onKeyDown}
    >
      {PANEL_ORDER.map((id) => {
        const selected = id === active;
        return (
          <button
            key={id}
            id={tabId(id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={TABPANEL_ID}
            tabIndex={selected ? 0 : -1}
            data-panel-tab={id}
            data-stage-panel={id === stagePanel ? 'true' : undefined}
            onClick={() => onSelect(id)}
          >
            {tr(PANELS[id].tab)}
            {id === stagePanel ? (
              <>
                <span className="tab-stage-dot" aria-hidden="true" />
                <span className="visually-hidden"> ({tr(S.followsStage)})</span>
              </>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
