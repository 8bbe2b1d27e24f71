// The checks the setup view shows staff: wake lock, full screen, offline cache, display size,
// and the Chromium line that opens this address as a kiosk.
import { wakeLockStatus } from '../use-wake-lock';

export interface OfflineCheck {
  /** a service worker controls this page */
  controlled: boolean;
  /** files in this build's cache */
  files: number;
  /** clinic.json is kept for offline use */
  clinicCached: boolean;
}

export async function checkOffline(): Promise<OfflineCheck> {
  const controlled = Boolean(navigator.serviceWorker?.controller);
  if (typeof caches === 'undefined') return { controlled, files: 0, clinicCached: false };
  let files = 0;
  let clinicCached = false;
  try {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      if (key.startsWith('synapse-')) files += (await cache.keys()).length;
      if (await cache.match('./clinic.json', { ignoreSearch: true })) clinicCached = true;
    }
  } catch {
    // storage unavailable (private window): reported as nothing cached
  }
  return { controlled, files, clinicCached };
}

export function wakeLockState() {
  return { ...wakeLockStatus };
}

/** The kiosk's own address: this page with ?mode=kiosk and nothing else. */
export function kioskAddress(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?mode=kiosk`;
}

/** A Chromium command line that opens the kiosk full screen, with no prompts or bubbles. */
export function chromiumLaunchLine(address: string): string {
  return [
    'chromium',
    '--kiosk',
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--no-first-run',
    '--check-for-update-interval=31536000',
    '--disable-features=Translate',
    `'${address.replace(/'/g, '%27')}'`,
  ].join(' ');
}
