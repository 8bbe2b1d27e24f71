// Cell membranes, lit per vertex: the membranes are smooth, finely tessellated surfaces, so
// lighting them at their vertices and blending across each triangle (Gouraud) looks the same as
// lighting every pixel, and leaves each pixel a multiply-add. That matters on software
// rasterisers (SwiftShader on a school Chromebook), where close-ups are bound by pixel work.
// Light: a sky/ground fill, a warm key with a broad soft highlight, a cool back light, and a
// rim that brightens the silhouette as in an illustration. The light rig is shared (sceneLights)
// and set by Lights.tsx; molecules keep three's own lights.
import {
  Color,
  DoubleSide,
  FrontSide,
  ShaderMaterial,
  UniformsLib,
  UniformsUtils,
  Vector3,
  type IUniform,
} from 'three';

/** Directions point from the surface toward the light, in world space. */
export const sceneLights = {
  sky: { value: new Color() },
  ground: { value: new Color() },
  keyDir: { value: new Vector3(5, 7, 9).normalize() },
  keyColor: { value: new Color() },
  backDir: { value: new Vector3(-6, 4, -7).normalize() },
  backColor: { value: new Color() },
};

/**
 * Sets the shared light rig: the same lights as Lights.tsx gives three's own materials
 * (three's Lambert term divides by pi; so does this).
 */
export function setMembraneLights(l: {
  sky: string;
  ground: string;
  hemi: number;
  key: string;
  keyIntensity: number;
  back: string;
  backIntensity: number;
}): void {
  const k = 1 / Math.PI;
  sceneLights.sky.value.set(l.sky).multiplyScalar(l.hemi * k);
  sceneLights.ground.value.set(l.ground).multiplyScalar(l.hemi * k);
  sceneLights.keyColor.value.set(l.key).multiplyScalar(l.keyIntensity * k);
  sceneLights.backColor.value.set(l.back).multiplyScalar(l.backIntensity * k);
}

const vertexShader = /* glsl */ `
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
uniform vec3 sky;
uniform vec3 ground;
uniform vec3 keyDir;
uniform vec3 keyColor;
uniform vec3 backDir;
uniform vec3 backColor;
uniform vec3 rimColor;
uniform float rimPower;
varying vec3 vFront;
varying vec3 vBack;
varying vec3 vGlint;

vec3 lightFor(vec3 n, vec3 up, vec3 key, vec3 back) {
  vec3 hemi = mix(ground, sky, 0.5 * dot(n, up) + 0.5);
  return hemi + keyColor * max(dot(n, key), 0.0) + backColor * max(dot(n, back), 0.0);
}

void main() {
  #include <color_vertex>
  #include <beginnormal_vertex>
  #include <defaultnormal_vertex>
  #include <begin_vertex>
  #include <project_vertex>
  #include <fog_vertex>
  vec3 n = normalize(transformedNormal);
  vec3 up = normalize((viewMatrix * vec4(0.0, 1.0, 0.0, 0.0)).xyz);
  vec3 key = normalize((viewMatrix * vec4(keyDir, 0.0)).xyz);
  vec3 back = normalize((viewMatrix * vec4(backDir, 0.0)).xyz);
  vec3 view = normalize(-mvPosition.xyz);
  vFront = lightFor(n, up, key, back);
  vBack = lightFor(-n, up, key, back);
  // a broad, faint highlight of the key light and the rim, on the outside only
  float spec = pow(max(dot(n, normalize(key + view)), 0.0), 14.0) * 0.55;
  vGlint = keyColor * spec + rimColor * pow(1.0 - clamp(dot(n, view), 0.0, 1.0), rimPower);
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <color_pars_fragment>
#include <fog_pars_fragment>
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float glow;
uniform float inside;
varying vec3 vFront;
varying vec3 vBack;
varying vec3 vGlint;

void main() {
  vec3 base = diffuse;
  vec3 shine = emissive * glow;
  #if defined( USE_COLOR ) || defined( USE_INSTANCING_COLOR )
    base *= vColor.rgb;
    shine *= vColor.rgb;
  #endif
  vec3 col = gl_FrontFacing ? base * vFront + vGlint : base * (inside * vBack + 0.06);
  gl_FragColor = vec4(col + shine, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}
`;

export interface MembraneOptions {
  /** colour of the rim light */
  rim?: string;
  rimStrength?: number;
  /** a membrane cut open toward the viewer: its inside shows, darker (one draw, both faces) */
  cutaway?: boolean;
}

/** A membrane surface. `emissiveIntensity` (0 = resting) is the highlighter's glow. */
export class MembraneMaterial extends ShaderMaterial {
  constructor(color: string, opts: MembraneOptions = {}) {
    const own: Record<string, IUniform> = {
      diffuse: { value: new Color(color) },
      emissive: { value: new Color(color) },
      glow: { value: 0 },
      inside: { value: 0.5 },
      rimColor: {
        value: new Color(opts.rim ?? '#ffe6d6').multiplyScalar(opts.rimStrength ?? 0.42),
      },
      rimPower: { value: 2.6 },
    };
    super({
      // the light rig is shared by reference (not cloned), so Lights.tsx updates every membrane
      uniforms: { ...UniformsUtils.clone(UniformsLib.fog), ...own, ...sceneLights },
      vertexShader,
      fragmentShader,
      fog: true,
      side: opts.cutaway ? DoubleSide : FrontSide,
    });
  }

  get emissiveIntensity(): number {
    return (this.uniforms?.glow?.value as number | undefined) ?? 0;
  }

  set emissiveIntensity(v: number) {
    if (this.uniforms?.glow) this.uniforms.glow.value = v;
  }
}
