// What each mode allows, in one table (built like a11y/keymap.ts): code asks
// `modePolicy(mode).doseControl` instead of comparing mode names. A new mode rule is a new column
// here, set for every mode; the type insists on all three.
import type { Mode } from './store';

export interface ModePolicy {
  /** language switch, Display options and the Teach menu in the header */
  headerTools: boolean;
  /** the timeline, stage buttons and help; false = the kiosk's one Pause control */
  fullControls: boolean;
  /** the speed buttons (0.5x..4x) in the footer */
  speedControl: boolean;
  /** the Reset all button */
  resetButton: boolean;
  /** the dose control and ?dose= */
  doseControl: boolean;
  /** the model-time readout in the footer */
  modelReadout: boolean;
  /** the keyboard help dialog and its `?` key */
  helpDialog: boolean;
  /** presenter tools: presenter window, blackout, story files, the two-window sync */
  presentTools: boolean;
  /** the scene's Structures list */
  structureList: boolean;
  /** chart tabs; false = the stage's own chart with its title */
  panelTabs: boolean;
  /** reads and writes the viewer's saved preferences (a shared screen does not) */
  savesPreferences: boolean;
  /** captions when the viewer has not chosen; 'always' = no choice offered */
  captions: 'on' | 'off' | 'always';
  /** stages play for kioskStageSec each instead of their own duration */
  kioskPacing: boolean;
  /** when a playing stage ends: loop through the story, go on to the next, or hold at its end */
  stageEnd: 'loop' | 'next' | 'hold';
  /** the address bar follows the stage (a kiosk leaves it alone: Chromium refetches the favicon) */
  stageInAddress: boolean;
  /** Play at the very end starts the story again */
  playRestartsAtEnd: boolean;
  /** an uncaught error or a lost GPU restarts the loop by itself */
  selfRecovers: boolean;
  /** ?view=handout may open from this mode */
  handout: boolean;
  /** glossary terms in the caption open a definition (a kiosk's caption is read, not touched) */
  glossary: boolean;
  /** questions under a mechanism stage: for one student, for the class on a projector, or none */
  questions: 'student' | 'class' | null;
  /** reads the clinic's clinic.json and plays its (patient) story, set up before the first screen */
  clinicSetup: boolean;
  /** on a phone the charts sit in a bottom sheet (app/phone.css); a kiosk's side panel never does */
  chartSheet: boolean;
  /** on a phone, the 3D scene starts by itself or waits for a tap (app/scene-start.ts) */
  scene3dOnPhones: 'auto' | 'on-request';
}

export const MODE_POLICY: Readonly<Record<Mode, Readonly<ModePolicy>>> = {
  explore: {
    headerTools: true,
    fullControls: true,
    speedControl: true,
    resetButton: true,
    doseControl: true,
    modelReadout: true,
    helpDialog: true,
    presentTools: false,
    structureList: true,
    panelTabs: true,
    savesPreferences: true,
    captions: 'on',
    kioskPacing: false,
    stageEnd: 'next',
    stageInAddress: true,
    playRestartsAtEnd: true,
    selfRecovers: false,
    handout: true,
    glossary: true,
    questions: 'student',
    clinicSetup: false,
    chartSheet: true,
    scene3dOnPhones: 'on-request',
  },
  present: {
    headerTools: true,
    fullControls: true,
    speedControl: false,
    resetButton: false,
    doseControl: false,
    // the scene shows model time itself; a lecture needs no second readout
    modelReadout: false,
    helpDialog: true,
    presentTools: true,
    structureList: true,
    panelTabs: true,
    savesPreferences: true,
    // the lecturer is the narrator
    captions: 'off',
    kioskPacing: false,
    // each stage holds at its end until the lecturer moves on
    stageEnd: 'hold',
    stageInAddress: true,
    playRestartsAtEnd: false,
    selfRecovers: false,
    handout: true,
    glossary: true,
    questions: 'class',
    clinicSetup: false,
    chartSheet: true,
    scene3dOnPhones: 'auto',
  },
  kiosk: {
    // a shared screen with one control (Pause); its settings come from the URL
    headerTools: false,
    fullControls: false,
    speedControl: false,
    resetButton: false,
    doseControl: false,
    modelReadout: false,
    helpDialog: false,
    presentTools: false,
    structureList: false,
    panelTabs: false,
    // one visitor's choices never carry over to the next
    savesPreferences: false,
    captions: 'always',
    kioskPacing: true,
    stageEnd: 'loop',
    stageInAddress: false,
    playRestartsAtEnd: false,
    selfRecovers: true,
    handout: false,
    glossary: false,
    questions: null,
    clinicSetup: true,
    chartSheet: false,
    scene3dOnPhones: 'auto',
  },
};

export function modePolicy(mode: Mode): Readonly<ModePolicy> {
  return MODE_POLICY[mode];
}

/** The speed the story plays at: a kiosk paces by kioskStageSec and ignores the speed setting. */
export function playbackSpeed(mode: Mode, speed: number): number {
  return MODE_POLICY[mode].kioskPacing ? 1 : speed;
}
