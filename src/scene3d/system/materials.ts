// Materials of the scene. Membranes are soft "velvet" surfaces (sheen) with a darker inside for
// the cut-away; molecules glow a little so they read against the dark background (#0d1424).
import {
  AdditiveBlending,
  BackSide,
  Color,
  DoubleSide,
  FrontSide,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
} from 'three';

/** Membrane colours (not actors; actor colours come from src/theme/actor-colors.ts). */
export const MEMBRANE = {
  bouton: '#c2b39f',
  psd: '#6b4236',
  releaseSite: '#f3e6c4',
  capillary: '#6d4a57',
  cleft: '#9fb6ff',
} as const;

export function membraneMaterial(color: string, opts: { sheen?: string } = {}) {
  return new MeshPhysicalMaterial({
    color,
    roughness: 0.62,
    metalness: 0,
    sheen: 0.9,
    sheenRoughness: 0.45,
    sheenColor: new Color(opts.sheen ?? '#ffe9dc'),
    emissive: new Color(color),
    emissiveIntensity: 0,
    side: FrontSide,
  });
}

/** The inside of a cut-away membrane: the same hue, darker, lit from within a little. */
export function innerMaterial(color: string) {
  const c = new Color(color).multiplyScalar(0.42);
  return new MeshStandardMaterial({
    color: c,
    roughness: 0.9,
    side: BackSide,
    emissive: new Color(color),
    emissiveIntensity: 0.04,
  });
}

export function moleculeMaterial(color: string, glow = 0.35) {
  return new MeshStandardMaterial({
    color,
    roughness: 0.42,
    metalness: 0.05,
    emissive: new Color(color),
    emissiveIntensity: glow,
  });
}

/**
 * White base for meshes coloured per instance: instanceColor multiplies the diffuse colour and,
 * through a one-line shader patch, the glow too (so each instance glows in its own colour).
 */
export function instancedMaterial(glow = 0.3) {
  const m = new MeshStandardMaterial({
    color: '#ffffff',
    roughness: 0.45,
    metalness: 0.05,
    emissive: new Color('#ffffff'),
    emissiveIntensity: glow,
  });
  m.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <emissivemap_fragment>',
      '#include <emissivemap_fragment>\n#ifdef USE_COLOR\n\ttotalEmissiveRadiance *= vColor.rgb;\n#endif',
    );
  };
  return m;
}

/** A faint additive haze (the cleft's extracellular space). */
export function hazeMaterial(color: string, opacity: number) {
  return new MeshStandardMaterial({
    color,
    emissive: new Color(color),
    emissiveIntensity: 0.6,
    transparent: true,
    opacity,
    depthWrite: false,
    blending: AdditiveBlending,
    side: DoubleSide,
  });
}
