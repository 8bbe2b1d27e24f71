// When the GPU is gone for good (a lost context that cannot be rebuilt, or a renderer that
// keeps losing it), the app switches to the 2D storyboard and says why; the story goes on.
import { useApp } from '../state/app-store';
import { localize } from '../i18n/localize';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { detectWebgl } from './detect-webgl';

/** Context losses within GIVE_UP_WINDOW_MS after which the 3D view is not rebuilt again. */
export const GIVE_UP_LOSSES = 4;
export const GIVE_UP_WINDOW_MS = 60_000;

export function fallBackToStoryboard(): void {
  const app = useApp.getState();
  if (app.webgl === false) return;
  app.notify({ id: 'gpu-lost', tone: 'warning', text: localize(S.gpuGaveUp, app.lang) });
  app.setWebgl(false);
}

/**
 * Decides, after a lost context that was not restored, whether a rebuilt renderer can work.
 * `lossTimes` are the times (ms) of recent losses, newest last.
 */
export function canRebuildRenderer(
  lossTimes: readonly number[],
  now: number,
  webglWorks: () => boolean = detectWebgl,
): boolean {
  const recent = lossTimes.filter((t) => now - t <= GIVE_UP_WINDOW_MS).length;
  if (recent >= GIVE_UP_LOSSES) return false;
  return webglWorks();
}
