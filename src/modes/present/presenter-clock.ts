// The presenter's talk clock: when the talk started, kept per window across reloads.
const KEY = 'ketamine-synapse.talkStart';

export function talkStartMs(now = Date.now()): number {
  try {
    const saved = Number(sessionStorage.getItem(KEY));
    if (Number.isFinite(saved) && saved > 0 && saved <= now) return saved;
    sessionStorage.setItem(KEY, String(now));
  } catch {
    // storage blocked: the clock starts with this page
  }
  return now;
}

export function restartTalkClock(now = Date.now()): number {
  try {
    sessionStorage.setItem(KEY, String(now));
  } catch {
    // as above
  }
  return now;
}

/** "4:05", "1:02:09" from milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
