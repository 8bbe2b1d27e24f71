// What a lazy part shows while its code arrives: nothing to see, but the page says a part is
// still to come (aria-busy), so whatever waits for the page to settle (a test, an assistive
// tool) does not take it as finished.
export function LoadingMark() {
  return <span className="loading-mark" aria-busy="true" hidden />;
}
