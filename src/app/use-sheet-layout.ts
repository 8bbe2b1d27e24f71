// Whether the charts' aside is a bottom sheet now: the media query that src/app/phone.css
// gives its sheet (keep the two the same), followed as the window turns or resizes. The query
// is asked once and its answer kept: reading `matches` again on every render would make the
// browser bring style and layout up to date in the middle of React's render.
import { useSyncExternalStore } from 'react';

export const SHEET_QUERY =
  '(max-width: 600px), (max-height: 500px) and (orientation: landscape), (max-width: 900px) and (orientation: portrait)';

/** undefined until first asked; null where there is no matchMedia (tests, old browsers) */
let query: MediaQueryList | null | undefined;
let matches = false;
const listeners = new Set<() => void>();

function askOnce(): void {
  if (query !== undefined) return;
  query =
    typeof window === 'undefined' || typeof window.matchMedia !== 'function'
      ? null
      : window.matchMedia(SHEET_QUERY);
  matches = query?.matches ?? false;
  query?.addEventListener('change', (event) => {
    matches = event.matches;
    for (const listener of listeners) listener();
  });
}

function subscribe(onChange: () => void): () => void {
  askOnce();
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function isSheet(): boolean {
  askOnce();
  return matches;
}

export function useSheetLayout(): boolean {
  return useSyncExternalStore(subscribe, isSheet, () => false);
}
