// An unattended screen's errors before its recovery code has loaded (it comes with the kiosk
// bar, a lazy chunk): counted from the first line of main.tsx, and handed to the recovery when
// it starts, so an error in a kiosk's first seconds still restarts the loop.
let early = 0;
let watching = false;
const count = () => {
  early++;
};

export function watchEarlyErrors(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('error', count);
  window.addEventListener('unhandledrejection', count);
}

/** Stops counting (the recovery listens from now on) and says how many errors came first. */
export function takeEarlyErrors(): number {
  window.removeEventListener('error', count);
  window.removeEventListener('unhandledrejection', count);
  watching = false;
  const n = early;
  early = 0;
  return n;
}
