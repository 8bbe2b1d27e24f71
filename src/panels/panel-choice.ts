// Which panel is on screen: the stage's own, or the tab the viewer chose (kept apart from the
// registry so a panel can use it without importing the registry that loads it).
import type { PanelId } from '../story/structures';

/** The panel on screen: the user's choice if any, else the stage's own. */
export function activePanel(stagePanel: PanelId, override: PanelId | null): PanelId {
  return override ?? stagePanel;
}

/** Store value for a tab choice: choosing the stage's own panel returns to following the stage. */
export function overrideFor(chosen: PanelId, stagePanel: PanelId): PanelId | null {
  return chosen === stagePanel ? null : chosen;
}
