// The one app store. React reads it for things that change per user action (stage, mode,
// language...), never per frame: per-frame values live in ./clock.
import { create, type StoreApi } from 'zustand';
import { reportFault } from './report-fault';
import type { Regimen } from '../model/types';
import { DEFAULT_REGIMEN } from './regimens';
import type { ConditionId, PanelId, StructureId } from '../story/structures';
import type { Story } from '../story/schema';
import type { DisplayLang } from '../i18n/localize';

export type Mode = 'explore' | 'present' | 'kiosk';
/** What the page shows: the app itself, the lecturer's presenter window, or the handout. */
export type View = 'main' | 'presenter' | 'handout';
export type Speed = 0.5 | 1 | 2 | 4;
export const SPEEDS: readonly Speed[] = [0.5, 1, 2, 4];

/** Kiosk pacing defaults, in seconds (README: "Kiosk mode"). */
export const KIOSK_DEFAULTS = { stageSec: 20, idleSec: 90 } as const;

export interface Notice {
  id: string;
  /** already localized text */
  text: string;
  tone: 'info' | 'warning' | 'error';
}

export { DEFAULT_REGIMEN } from './regimens';

export interface AppState {
  story: Story;
  stageIndex: number;
  mode: Mode;
  view: View;
  lang: DisplayLang;
  playing: boolean;
  speed: Speed;
  regimen: Regimen;
  selectedCondition: ConditionId | null;
  selectedStructure: StructureId | null;
  /** panel the user asked for; null = the current stage's panel */
  panelOverride: PanelId | null;
  reducedMotion: boolean;
  highContrast: boolean;
  captions: boolean;
  blackout: boolean;
  notices: Notice[];
  /** whether WebGL works: null while unknown */
  webgl: boolean | null;
  /** kiosk: seconds each stage plays in the attract loop */
  kioskStageSec: number;
  /** kiosk: seconds without input before the loop starts again from the top */
  kioskIdleSec: number;
  /** the keyboard help dialog is open */
  helpOpen: boolean;
  /** bumped to remount the 3D scene (kiosk recovery) */
  sceneEpoch: number;
  /** present mode's "Ask the class": the question shown (both windows show it), or none */
  classQuestion: ClassQuestionState | null;

  setStory(story: Story): void;
  goToStage(index: number): void;
  next(): void;
  previous(): void;
  setMode(mode: Mode): void;
  setView(view: View): void;
  setLang(lang: DisplayLang): void;
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: Speed): void;
  setRegimen(regimen: Regimen): void;
  selectCondition(condition: ConditionId | null): void;
  selectStructure(structure: StructureId | null): void;
  showPanel(panel: PanelId | null): void;
  setReducedMotion(on: boolean): void;
  setHighContrast(on: boolean): void;
  setCaptions(on: boolean): void;
  setBlackout(on: boolean): void;
  notify(notice: Notice): void;
  dismissNotice(id: string): void;
  setWebgl(ok: boolean): void;
  setKioskTiming(timing: { stageSec: number; idleSec: number }): void;
  setHelpOpen(open: boolean): void;
  restartScene(): void;
  setClassQuestion(question: ClassQuestionState | null): void;
  resetAll(): void;
}

/** Which of a stage's questions the class is asked (0-based), and whether its answer shows. */
export interface ClassQuestionState {
  stageId: string;
  index: number;
  revealed: boolean;
}

/** Stages the audience sees (hidden ones removed by a custom story). */
export function visibleStages(story: Story): Story['stages'] {
  return story.stages.filter((s) => !s.hidden);
}

function clampIndex(story: Story, index: number): number {
  const count = visibleStages(story).length;
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));
}

/**
 * What Reset all restores: the story's position, playback and the viewer's choices in the
 * panels and scene. Mode, view, language, display preferences, notices and kiosk pacing stay.
 */
export const SESSION_DEFAULTS: Readonly<
  Pick<
    AppState,
    | 'stageIndex'
    | 'playing'
    | 'speed'
    | 'regimen'
    | 'selectedCondition'
    | 'selectedStructure'
    | 'panelOverride'
    | 'blackout'
    | 'helpOpen'
    | 'classQuestion'
  >
> = {
  stageIndex: 0,
  playing: false,
  speed: 1,
  regimen: DEFAULT_REGIMEN,
  selectedCondition: null,
  selectedStructure: null,
  panelOverride: null,
  blackout: false,
  helpOpen: false,
  classQuestion: null,
};

/** The page's settings on load, before the URL and the saved preferences are applied. */
export const SETTINGS_DEFAULTS: Readonly<
  Pick<
    AppState,
    | 'mode'
    | 'view'
    | 'lang'
    | 'reducedMotion'
    | 'highContrast'
    | 'captions'
    | 'notices'
    | 'webgl'
    | 'kioskStageSec'
    | 'kioskIdleSec'
    | 'sceneEpoch'
  >
> = {
  mode: 'explore',
  view: 'main',
  lang: 'en',
  reducedMotion: false,
  highContrast: false,
  captions: true,
  notices: [],
  webgl: null,
  kioskStageSec: KIOSK_DEFAULTS.stageSec,
  kioskIdleSec: KIOSK_DEFAULTS.idleSec,
  sceneEpoch: 0,
};

// zustand's reset pattern: the initial state is one object, and Reset all sets its session part.
export function createAppStore(story: Story) {
  return create<AppState>()((set, get, api) => {
    isolateListeners(api);
    return {
      story,
      ...SETTINGS_DEFAULTS,
      ...SESSION_DEFAULTS,

      setStory: (next) => set({ story: next, stageIndex: clampIndex(next, get().stageIndex) }),
      goToStage: (index) =>
        set({
          stageIndex: clampIndex(get().story, index),
          panelOverride: null,
          selectedStructure: null,
        }),
      next: () => get().goToStage(get().stageIndex + 1),
      previous: () => get().goToStage(get().stageIndex - 1),
      setMode: (mode) => set({ mode }),
      setView: (view) => set({ view }),
      setLang: (lang) => set({ lang }),
      setPlaying: (playing) => set({ playing }),
      togglePlaying: () => set({ playing: !get().playing }),
      setSpeed: (speed) => set({ speed }),
      setRegimen: (regimen) => set({ regimen }),
      selectCondition: (selectedCondition) => set({ selectedCondition }),
      selectStructure: (selectedStructure) => set({ selectedStructure }),
      showPanel: (panelOverride) => set({ panelOverride }),
      setReducedMotion: (reducedMotion) => set({ reducedMotion }),
      setHighContrast: (highContrast) => set({ highContrast }),
      setCaptions: (captions) => set({ captions }),
      setBlackout: (blackout) => set({ blackout }),
      notify: (notice) =>
        set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      setWebgl: (webgl) => set({ webgl }),
      setKioskTiming: ({ stageSec, idleSec }) =>
        set({ kioskStageSec: stageSec, kioskIdleSec: idleSec }),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      restartScene: () => set({ sceneEpoch: get().sceneEpoch + 1 }),
      setClassQuestion: (classQuestion) => set({ classQuestion }),
      resetAll: () => set(SESSION_DEFAULTS),
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * Makes every subscriber run on its own: one that throws is reported and the rest (React's
 * among them) are still told, so a stage change never half-happens.
 */
function isolateListeners(api: StoreApi<AppState>): void {
  const subscribe = api.subscribe;
  api.subscribe = (listener) =>
    subscribe((state, previous) => {
      try {
        listener(state, previous);
      } catch (error) {
        reportFault(error, listener);
      }
    });
}
