// The panels, by the story's panel id: tab label, heading, and the lazily loaded component
// (charts stay out of the first-load bundle).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LocalizedText } from '../i18n/localize';
import { PANEL_SHELL_STRINGS as S } from '../i18n/strings/panel-shell';
import { PANEL_IDS, type PanelId } from '../story/structures';

export interface PanelEntry {
  id: PanelId;
  tab: LocalizedText;
  title: LocalizedText;
  Component: LazyExoticComponent<ComponentType>;
}

export const PANELS: Readonly<Record<PanelId, PanelEntry>> = {
  plasma: {
    id: 'plasma',
    tab: S.tabPlasma,
    title: S.titlePlasma,
    Component: lazy(() => import('./plasma/PlasmaPanel')),
  },
  block: {
    id: 'block',
    tab: S.tabBlock,
    title: S.titleBlock,
    Component: lazy(() => import('./block/BlockPanel')),
  },
  cascade: {
    id: 'cascade',
    tab: S.tabCascade,
    title: S.titleCascade,
    Component: lazy(() => import('./cascade/CascadePanel')),
  },
  outcomes: {
    id: 'outcomes',
    tab: S.tabOutcomes,
    title: S.titleOutcomes,
    Component: lazy(() => import('./outcomes/OutcomesPanel')),
  },
  matrix: {
    id: 'matrix',
    tab: S.tabMatrix,
    title: S.titleMatrix,
    Component: lazy(() => import('./matrix/MatrixPanel')),
  },
  sideEffects: {
    id: 'sideEffects',
    tab: S.tabSideEffects,
    title: S.titleSideEffects,
    Component: lazy(() => import('./side-effects/SideEffectsPanel')),
  },
  history: {
    id: 'history',
    tab: S.tabHistory,
    title: S.titleHistory,
    Component: lazy(() => import('./history/HistoryPanel')),
  },
  claims: {
    id: 'claims',
    tab: S.tabClaims,
    title: S.titleClaims,
    Component: lazy(() => import('./claims/ClaimsPanel')),
  },
};

/** Tab order: the order of the story's panel ids. */
export const PANEL_ORDER: readonly PanelId[] = PANEL_IDS;
