// Whether the 3D synapse starts by itself or waits for a tap. On a phone in explore mode the
// first screen shows the stage's picture with a Start button: the page is ready at once, and
// the 3D scene's download, the GPU's start and the shaders (seconds of a busy main thread on a
// mid-range phone, `npm run bench`) come only when the student asks. The choice is kept with the
// viewer's other preferences, so their next visit starts in 3D. Tablets, lecturers' screens, the
// kiosk and embeds in slides start the scene by themselves.
import { isEmbed } from '../modes/embed/embed-code';
import type { ModePolicy } from '../state/mode-policy';
import { loadPreferences } from '../state/preferences';
import { PHONE_QUERY } from './phone-screen';

export interface SceneStartFacts {
  /** the mode's rule (mode-policy.ts) */
  onPhones: ModePolicy['scene3dOnPhones'];
  phone: boolean;
  embed: boolean;
  /** the viewer started the 3D scene on an earlier visit */
  remembered: boolean;
}

/** True when the scene waits for the viewer's tap. */
export function sceneWaitsForTap(facts: SceneStartFacts): boolean {
  return facts.onPhones === 'on-request' && facts.phone && !facts.embed && !facts.remembered;
}

function isPhoneScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
}

/** This page's answer, read once when the scene's slot first mounts. */
export function sceneWaitsForTapHere(policy: ModePolicy): boolean {
  return sceneWaitsForTap({
    onPhones: policy.scene3dOnPhones,
    phone: isPhoneScreen(),
    embed: isEmbed(window.location.search),
    remembered: policy.savesPreferences && loadPreferences().scene3d === true,
  });
}
