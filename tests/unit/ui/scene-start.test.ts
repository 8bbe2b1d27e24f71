// When the 3D scene waits for a tap (app/scene-start.ts): only a student's first visit on a phone;
// a lecturer's tablet, the kiosk, an embed in slides and a returning student start it at once.
import { describe, expect, it } from 'vitest';
import { PHONE_QUERY, sceneWaitsForTap } from '../../../src/app/scene-start';
import { MODE_POLICY } from '../../../src/state/mode-policy';

const firstVisitOnPhone = { phone: true, embed: false, remembered: false };

describe('the 3D scene on a phone', () => {
  it('waits for a tap on a first visit in explore mode only', () => {
    expect(
      sceneWaitsForTap({ onPhones: MODE_POLICY.explore.scene3dOnPhones, ...firstVisitOnPhone }),
    ).toBe(true);
    expect(
      sceneWaitsForTap({ onPhones: MODE_POLICY.present.scene3dOnPhones, ...firstVisitOnPhone }),
    ).toBe(false);
    expect(
      sceneWaitsForTap({ onPhones: MODE_POLICY.kiosk.scene3dOnPhones, ...firstVisitOnPhone }),
    ).toBe(false);
  });

  it('starts by itself off a phone, in an embed, and once the student has started it before', () => {
    const explore = MODE_POLICY.explore.scene3dOnPhones;
    expect(sceneWaitsForTap({ onPhones: explore, ...firstVisitOnPhone, phone: false })).toBe(false);
    expect(sceneWaitsForTap({ onPhones: explore, ...firstVisitOnPhone, embed: true })).toBe(false);
    expect(sceneWaitsForTap({ onPhones: explore, ...firstVisitOnPhone, remembered: true })).toBe(
      false,
    );
  });

  it('calls a phone a touch screen, narrow upright or short sideways', () => {
    const parts = PHONE_QUERY.split(',').map((q) => q.trim());
    expect(parts).toEqual([
      '(pointer: coarse) and (max-width: 600px)',
      '(pointer: coarse) and (max-height: 500px) and (orientation: landscape)',
    ]);
  });
});
