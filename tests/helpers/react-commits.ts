// Counts React commits in a production build: React (and R3F's reconciler) report every
// commit to the DevTools hook when one exists before they load, so tests install a tiny one.
export const REACT_COMMIT_COUNTER_SCRIPT = `
  (() => {
    window.__reactCommits = 0;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      isDisabled: false,
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
      onCommitFiberRoot() { window.__reactCommits += 1; },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onScheduleFiberRoot() {},
      setStrictMode() {},
      checkDCE() {},
    };
  })();
`;

declare global {
  interface Window {
    __reactCommits?: number;
  }
}
