// Materials of the scene, chosen to be cheap on software renderers (SwiftShader on a school
// Chromebook): membranes are soft Phong surfaces (a broad, faint highlight) with a
// view-dependent rim (a one-line shader patch) instead of a physically based sheen; molecules
// are Phong beads that glow a little so they read against the dark background (#0d1424).
import {
  AdditiveBlending,
  Color,
  DoubleSide,
  FrontSide,
  MeshLambertMaterial,
  MeshPhongMaterial,
  ShaderMaterial,
} from 'three';

/** Membrane colours (not actors; actor colours come from src/theme/actor-colors.ts). */
export const MEMBRANE = {
  bouton: '#c2b39f',
  psd: '#6b4236',
  releaseSite: '#f3e6c4',
  capillary: '#6d4a57',
  cleft: '#9fc2ff',
} as const;

/** Shader patch: the glow (emissive) takes each instance's colour. */
const INSTANCE_GLOW =
  '#include <emissivemap_fragment>\n#ifdef USE_COLOR\n\ttotalEmissiveRadiance *= vColor.rgb;\n#endif';

/** Any material the highlighter can make glow (it raises emissiveIntensity). */
export type GlowMaterial = MeshLambertMaterial | MeshPhongMaterial | HazeMaterial;

/**
 * Adds a rim term: light grows toward the silhouette, as in an illustration where the edges of
 * a membrane catch the light (one multiply-add per pixel). With `cutaway`, the same surface
 * drawn from inside (a membrane cut open toward the viewer) is darker and lit from within, so
 * one draw shows both faces.
 */
function addRim(
  material: MeshPhongMaterial,
  color: string,
  strength: number,
  power: number,
  cutaway: boolean,
  instanceGlow: boolean,
) {
  const rimColor = { value: new Color(color).multiplyScalar(strength) };
  const rimPower = { value: power };
  const inside = cutaway
    ? '#include <color_fragment>\nif (!gl_FrontFacing) { diffuseColor.rgb *= 0.5; }'
    : '#include <color_fragment>';
  const rim = cutaway
    ? 'if (gl_FrontFacing) { outgoingLight += rimColor * pow(1.0 - saturate(dot(normalize(vViewPosition), normal)), rimPower); } else { outgoingLight += 0.06 * diffuse; }'
    : 'outgoingLight += rimColor * pow(1.0 - saturate(dot(normalize(vViewPosition), normal)), rimPower);';
  const glow = instanceGlow ? INSTANCE_GLOW : '#include <emissivemap_fragment>';
  material.onBeforeCompile = (shader) => {
    shader.uniforms.rimColor = rimColor;
    shader.uniforms.rimPower = rimPower;
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <emissivemap_fragment>', glow)
      .replace(
        '#include <common>',
        '#include <common>\nuniform vec3 rimColor;\nuniform float rimPower;',
      )
      .replace('#include <color_fragment>', inside)
      .replace('#include <opaque_fragment>', `${rim}\n#include <opaque_fragment>`);
  };
  const key = `membrane-rim${cutaway ? '-cutaway' : ''}${instanceGlow ? '-glow' : ''}`;
  material.customProgramCacheKey = () => key;
}

export interface MembraneOptions {
  /** colour of the rim light */
  rim?: string;
  rimStrength?: number;
  /** a membrane cut open toward the viewer: its inside shows, darker (one draw, both faces) */
  cutaway?: boolean;
  /** instanced: each instance glows in its own colour when highlighted */
  instanceGlow?: boolean;
}

export function membraneMaterial(color: string, opts: MembraneOptions = {}): MeshPhongMaterial {
  const m = new MeshPhongMaterial({
    color,
    specular: new Color('#2b2622'),
    shininess: 14,
    emissive: new Color(color),
    emissiveIntensity: 0,
    side: opts.cutaway ? DoubleSide : FrontSide,
  });
  addRim(
    m,
    opts.rim ?? '#ffe6d6',
    opts.rimStrength ?? 0.42,
    2.6,
    opts.cutaway ?? false,
    opts.instanceGlow ?? false,
  );
  return m;
}

export function moleculeMaterial(color: string, glow = 0.35): MeshPhongMaterial {
  return new MeshPhongMaterial({
    color,
    specular: new Color('#4a4a4a'),
    shininess: 38,
    emissive: new Color(color),
    emissiveIntensity: glow,
  });
}

/**
 * White base for meshes coloured per instance: instanceColor multiplies the diffuse colour and,
 * through a one-line shader patch, the glow too (so each instance glows in its own colour).
 */
export function instancedMaterial(glow = 0.3): MeshPhongMaterial {
  const m = new MeshPhongMaterial({
    color: '#ffffff',
    specular: new Color('#3a3a3a'),
    shininess: 30,
    emissive: new Color('#ffffff'),
    emissiveIntensity: glow,
  });
  m.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <emissivemap_fragment>',
      INSTANCE_GLOW,
    );
  };
  m.customProgramCacheKey = () => 'instance-glow';
  return m;
}

/**
 * Extracellular haze (the cleft): a soft additive glow on an open cylinder, fading toward its top
 * and bottom rims and denser where the surface is seen edge-on, so it reads as a glowing slab of
 * fluid rather than a solid. `emissiveIntensity` (0 = resting) brightens it for the highlighter.
 */
export class HazeMaterial extends ShaderMaterial {
  constructor(color: string, opacity: number) {
    super({
      uniforms: {
        color: { value: new Color(color) },
        opacity: { value: opacity },
        boost: { value: 0 },
      },
      vertexShader: /* glsl */ `
        varying float vV;
        varying float vFacing;
        void main() {
          vV = uv.y;
          vec4 mv = modelViewMatrix * vec4(position, 1.0);
          vec3 n = normalize(normalMatrix * normal);
          vFacing = abs(dot(n, normalize(-mv.xyz)));
          gl_Position = projectionMatrix * mv;
        }`,
      fragmentShader: /* glsl */ `
        uniform vec3 color;
        uniform float opacity;
        uniform float boost;
        varying float vV;
        varying float vFacing;
        void main() {
          float rims = pow(sin(3.14159 * clamp(vV, 0.0, 1.0)), 1.5);
          float a = opacity * rims * (0.35 + 0.65 * (1.0 - vFacing)) * (1.0 + 2.0 * boost);
          gl_FragColor = vec4(color * a, a);
        }`,
      transparent: true,
      depthWrite: false,
      blending: AdditiveBlending,
      side: DoubleSide,
    });
  }

  get emissiveIntensity(): number {
    return (this.uniforms.boost?.value as number | undefined) ?? 0;
  }

  set emissiveIntensity(v: number) {
    // three's ShaderMaterial constructor may touch properties before uniforms exist
    if (this.uniforms?.boost) this.uniforms.boost.value = v;
  }
}

export function hazeMaterial(color: string, opacity: number): HazeMaterial {
  return new HazeMaterial(color, opacity);
}

/**
 * Soft round sprites for a Points population (no texture): each point is a glowing disc that
 * fades to its rim. Per-point size comes from a `size` attribute, in scene units.
 */
export function softPointsMaterial(color: string, scale = 700): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { color: { value: new Color(color) }, scale: { value: scale } },
    vertexShader: /* glsl */ `
      attribute float size;
      uniform float scale;
      void main() {
        vec4 mv = modelViewMatrix * vec4(position, 1.0);
        gl_PointSize = size * scale / -mv.z;
        gl_Position = projectionMatrix * mv;
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 color;
      void main() {
        float d = length(gl_PointCoord - 0.5) * 2.0;
        float a = smoothstep(1.0, 0.15, d);
        gl_FragColor = vec4(color * a, a);
      }`,
    transparent: true,
    depthWrite: false,
    blending: AdditiveBlending,
  });
}
