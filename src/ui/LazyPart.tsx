// A lazy part of the page and its placeholder. While its code arrives a lazy part shows
// nothing to see, but says that a part is still to come (aria-busy), so whatever waits for the
// page to settle (a test, an assistive tool) does not take it as finished.
import { Suspense, type ReactNode } from 'react';

export function LoadingMark() {
  return <span className="loading-mark" aria-busy="true" hidden />;
}

/** Suspense for a lazily loaded part with no visible placeholder: the loading mark instead. */
export function LazyPart({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingMark />}>{children}</Suspense>;
}
