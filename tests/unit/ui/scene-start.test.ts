// When the 3D scene waits for a tap (app/scene-start.ts): only a student's first visit on a phone;
// a lecturer's tablet, the kiosk, an embed in slides and a returning student start it at once.
import { describe, expect, it } from 'vitest';
import { sceneWaitsForTap } from '../../../src/app/scene-start';
import { PHONE_QUERY, isPhoneSize } from '../../../src/app/phone-screen';
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

  it("gives the tests' size check the query's answer on a touch screen", () => {
    for (const [width, height, phone] of [
      [390, 844, true],
      [360, 740, true],
      [600, 900, true],
      [601, 900, false],
      [844, 390, true],
      [900, 500, true],
      [900, 501, false],
      [768, 1024, false],
      [1280, 720, false],
      [1024, 500, true],
    ] as const)
      expect(isPhoneSize({ width, height }), `${width}x${height}`).toBe(phone);
  });
});
