// Keeps the waiting-room screen awake (Screen Wake Lock), asking again whenever the page
// becomes visible, since the browser releases the lock when it is hidden.
import { useEffect } from 'react';

/** Retry period while the lock is not held (the browser can refuse, e.g. on battery), ms. */
const RETRY_MS = 60_000;

/** The lock's state, for the kiosk's setup view. */
export const wakeLockStatus: {
  state: 'unsupported' | 'pending' | 'held' | 'refused';
  reason: string;
} = { state: 'pending', reason: '' };

export function useWakeLock(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) {
      wakeLockStatus.state = 'unsupported';
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let pending = false;
    let disposed = false;

    const request = async () => {
      if (disposed || pending || document.visibilityState !== 'visible') return;
      if (sentinel && !sentinel.released) return;
      pending = true;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (disposed) {
          void lock.release();
          return;
        }
        sentinel = lock;
        wakeLockStatus.state = 'held';
        lock.addEventListener('release', () => {
          if (sentinel === lock) sentinel = null;
          wakeLockStatus.state = 'pending';
        });
      } catch (error) {
        // refused for now; asked again on the next visibility change or retry
        wakeLockStatus.state = 'refused';
        wakeLockStatus.reason = error instanceof Error ? error.name : 'refused';
      } finally {
        pending = false;
      }
    };

    const onVisibility = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisibility);
    const retry = window.setInterval(onVisibility, RETRY_MS);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(retry);
      void sentinel?.release().catch(() => undefined);
    };
  }, [enabled]);
}
