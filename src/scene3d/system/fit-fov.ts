// The stages' camera poses were framed for a laptop's scene (wider than high). A narrower scene
// (a phone upright, a portrait tablet) would cut their sides, so there the vertical field of view
// widens until the scene shows as much across as at NARROWEST_FRAMED_ASPECT. Pure.

/**
 * The narrowest width/height at which a pose's own field of view shows what it was framed for:
 * the narrowest laptop or projector canvas measured (1440 x 900: 1.62; 1920 x 1080: 1.64;
 * 1366 x 768: 1.99). At 1.3 a phone cut the disinhibition stage's output synapse off.
 */
export const NARROWEST_FRAMED_ASPECT = 1.6;

/** Vertical field of view, degrees, for a pose's `fov` on a scene `aspect` (width / height). */
export function fittedFov(fov: number, aspect: number): number {
  if (!(aspect > 0) || aspect >= NARROWEST_FRAMED_ASPECT) return fov;
  const half = (fov * Math.PI) / 360;
  return (Math.atan((Math.tan(half) * NARROWEST_FRAMED_ASPECT) / aspect) * 360) / Math.PI;
}
