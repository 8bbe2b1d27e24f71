// A returning student: the page's stored preferences say the 3D scene was started before, so
// a phone-sized page starts in 3D instead of with the stage's picture (src/app/scene-start.ts).
// Plain JavaScript for the bench and screenshot scripts; the key is the app's
// (src/state/preferences.ts PREFERENCES_KEY, held equal by tests/unit/a11y/preferences.test.ts).

export const PREFERENCES_KEY = 'ketamine-synapse.preferences';

/** Init script: marks the 3D scene as started before, keeping any other stored choice. */
export const RETURNING_STUDENT_SCRIPT = `(() => {
  const key = ${JSON.stringify(PREFERENCES_KEY)};
  let prefs = {};
  try { prefs = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch {}
  if (prefs.scene3d === undefined) localStorage.setItem(key, JSON.stringify({ ...prefs, scene3d: true }));
})();`;
