// A narrow scene (a phone upright) widens the camera's vertical field of view so the stage's
// pose shows as much across as it was framed for; a laptop's scene keeps the pose's own.
import { describe, expect, it } from 'vitest';
import { NARROWEST_FRAMED_ASPECT, fittedFov } from '../../../src/scene3d/system/fit-fov';

const across = (fov: number, aspect: number) => Math.tan((fov * Math.PI) / 360) * aspect; // half-width at unit distance

describe('the field of view on a narrow scene', () => {
  it('keeps the pose own on a wide scene', () => {
    expect(fittedFov(40, 1.8)).toBe(40);
    expect(fittedFov(40, NARROWEST_FRAMED_ASPECT)).toBe(40);
  });

  it('widens on a square or upright scene so the width shown stays the framed one', () => {
    for (const aspect of [1.1, 1, 0.75]) {
      const fov = fittedFov(40, aspect);
      expect(fov).toBeGreaterThan(40);
      expect(across(fov, aspect)).toBeCloseTo(across(40, NARROWEST_FRAMED_ASPECT), 9);
    }
  });

  it('ignores a scene with no size yet', () => {
    expect(fittedFov(40, 0)).toBe(40);
    expect(fittedFov(40, Number.NaN)).toBe(40);
  });
});
