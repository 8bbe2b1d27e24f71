// Kiosk start-up (loaded only in kiosk mode, before the first render): reads clinic.json, picks
// the story (the patients' one unless the clinic asks for the full one), the pacing, the
// languages and the accent colour. Never throws: whatever fails, the generic kiosk plays.
import patientJson from '../../../../scenes/patient.json';
import { bundledStory, useApp } from '../../../state/app-store';
import { visibleStages } from '../../../state/store';
import { parseStory } from '../../../story/load-story';
import { onKioskLoopEnd } from '../../../state/playback-loop';
import { isLang } from '../../../i18n/languages';
import { fetchClinicConfig, type ClinicRead } from './clinic-config';
import { useClinic } from './clinic-state';
import { nextLanguage } from './language-rotation';
import { PATIENT_STAGE_IDS } from './patient-stage-ids';

const patient = parseStory(patientJson);

/** Applies a clinic.json reading to the store and the page; returns the notes for staff. */
export function applyClinic(read: ClinicRead, search: string): void {
  const { config } = read;
  const problems = [...read.problems];
  const params = new URLSearchParams(search);
  const app = useApp.getState();

  // a link to a stage of the full story (a lecture's stage id) plays the full story
  const stage = params.get('stage');
  const fullStage =
    stage !== null &&
    !PATIENT_STAGE_IDS.includes(stage) &&
    visibleStages(bundledStory).some((s) => s.id === stage);
  let story = bundledStory;
  if (config.story !== 'full' && !fullStage) {
    if (patient.ok) story = patient.story;
    else problems.push('the patient story failed its checks; the full story plays');
  }
  app.setStory(story);
  document.documentElement.dataset.audience = story.audience ?? 'public';
  const ids = visibleStages(story).map((s) => s.id);
  app.goToStage(stage && ids.includes(stage) ? ids.indexOf(stage) : 0);

  // the address wins over clinic.json (a technician's quick test), clinic.json over defaults
  app.setKioskTiming({
    stageSec: params.has('kioskStageSec')
      ? app.kioskStageSec
      : (config.stageSeconds ?? app.kioskStageSec),
    idleSec: params.has('kioskIdleSec')
      ? app.kioskIdleSec
      : (config.idleSeconds ?? app.kioskIdleSec),
  });

  const languages = config.languages ?? [];
  const asked = params.get('lang');
  if (languages[0] && !(isLang(asked) && languages.includes(asked))) app.setLang(languages[0]);
  if (languages.length > 1) {
    onKioskLoopEnd(() => {
      const next = nextLanguage(languages, useApp.getState().lang);
      if (next) useApp.getState().setLang(next);
    });
  }

  if (config.accent) document.documentElement.style.setProperty('--kiosk-accent', config.accent);
  useClinic.setState({ ...read, problems });
}

/** Reads clinic.json and sets the kiosk up; resolves when the first screen can be drawn. */
export async function startKiosk(search: string): Promise<void> {
  // the kiosk's own parts load meanwhile, so the first screen is whole
  const parts = Promise.all([import('../KioskBar'), import('./KioskSide')]).catch(() => undefined);
  let read: ClinicRead;
  try {
    read = await fetchClinicConfig();
  } catch {
    read = { found: false, config: {}, problems: [], raw: null };
  }
  try {
    applyClinic(read, search);
  } catch {
    // a setting that could not apply leaves the defaults (the full story if need be)
  }
  await parts;
}
