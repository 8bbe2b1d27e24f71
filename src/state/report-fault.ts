// Reports an error caught where it must not stop anything (a per-frame listener, a history
// call) without throwing it again: the browser's error event still fires, so the console shows
// it and the kiosk's recovery hears of it, but the caller carries on.
const lastMessage = new WeakMap<object, string>();

/**
 * Reports `error`; with a `source`, the same message from the same source is reported once
 * (a listener that throws every frame is not reported sixty times a second).
 */
export function reportFault(error: unknown, source?: object): void {
  if (source) {
    const message = error instanceof Error ? error.message : String(error);
    if (lastMessage.get(source) === message) return;
    lastMessage.set(source, message);
  }
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
