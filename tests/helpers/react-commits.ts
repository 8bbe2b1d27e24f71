// Counts React commits in a production build: React (and R3F's reconciler) report every
// commit to the DevTools hook when one exists before they load, so tests install a tiny one.
// Each commit also logs where it rendered (the nearest element's test id or class of each
// component that did work), so a test that finds an unexpected commit can say what it was.
export const REACT_COMMIT_COUNTER_SCRIPT = `
  (() => {
    window.__reactCommits = 0;
    window.__reactCommitLog = [];
    const PERFORMED_WORK = 1;
    const where = (fiber) => {
      for (let f = fiber; f; f = f.child) {
        const node = f.stateNode;
        if (node && node.nodeType === 1) {
          return node.getAttribute('data-testid') || node.className || node.tagName.toLowerCase();
        }
      }
      return '?';
    };
    const rendered = (root) => {
      const names = new Set();
      const stack = [root.current];
      while (stack.length && names.size < 8) {
        const fiber = stack.pop();
        if (!fiber) continue;
        if (fiber.alternate && (fiber.flags & PERFORMED_WORK) && typeof fiber.type === 'function') {
          names.add(String(where(fiber)));
          continue;
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      return [...names].join(', ');
    };
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      isDisabled: false,
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
      onCommitFiberRoot(_id, root) {
        window.__reactCommits += 1;
        try { window.__reactCommitLog.push(rendered(root)); } catch { window.__reactCommitLog.push('?'); }
        if (window.__reactCommitLog.length > 50) window.__reactCommitLog.shift();
      },
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
    /** what each recent commit rendered (at most the last 50) */
    __reactCommitLog?: string[];
  }
}
