// Whether the charts' aside is a bottom sheet now: the media query that src/app/phone.css
// gives its sheet (keep the two the same), followed as the window turns or resizes.
import { useSyncExternalStore } from 'react';

export const SHEET_QUERY =
  '(max-width: 600px), (max-height: 500px) and (orientation: landscape), (max-width: 900px) and (orientation: portrait)';

function sheetQuery(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(SHEET_QUERY);
}

function subscribe(onChange: () => void): () => void {
  const query = sheetQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

export function useSheetLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => sheetQuery()?.matches ?? false,
    () => false,
  );
}
