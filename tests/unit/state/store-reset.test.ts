import { describe, expect, it } from 'vitest';
import { bundledStory } from '../../../src/state/app-store';
import { createAppStore, SESSION_DEFAULTS, SETTINGS_DEFAULTS } from '../../../src/state/store';
import { DEFAULT_REGIMEN, DOSE_RANGE_MG_PER_KG } from '../../../src/state/regimens';
import { STANDARD_INFUSION } from '../../../src/model';

describe('the store: one initial state, and Reset all', () => {
  it('starts from the defaults', () => {
    const store = createAppStore(bundledStory);
    expect(store.getState()).toMatchObject({ ...SETTINGS_DEFAULTS, ...SESSION_DEFAULTS });
    expect(store.getState().regimen).toEqual(STANDARD_INFUSION);
  });

  it('restores the session and keeps the settings', () => {
    const store = createAppStore(bundledStory);
    const s = store.getState();
    s.setMode('present');
    s.setLang('es');
    s.setHighContrast(true);
    s.goToStage(3);
    s.setPlaying(true);
    s.setSpeed(4);
    s.setRegimen({ ...DEFAULT_REGIMEN, doseMgPerKg: 0.8 });
    s.showPanel('matrix');
    s.selectCondition('pain');
    s.setBlackout(true);
    s.setHelpOpen(true);
    store.getState().resetAll();
    expect(store.getState()).toMatchObject(SESSION_DEFAULTS);
    expect(store.getState()).toMatchObject({ mode: 'present', lang: 'es', highContrast: true });
  });

  it('keeps the default dose inside the dose range', () => {
    expect(DEFAULT_REGIMEN.doseMgPerKg).toBeGreaterThanOrEqual(DOSE_RANGE_MG_PER_KG.min);
    expect(DEFAULT_REGIMEN.doseMgPerKg).toBeLessThanOrEqual(DOSE_RANGE_MG_PER_KG.max);
  });
});
