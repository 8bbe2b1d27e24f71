// Materials of the scene, chosen to be cheap on software renderers (SwiftShader on a school
// Chromebook): membranes are lit per vertex with a rim light (membrane-material.ts) instead of a
// physically based sheen; molecules are Phong beads that glow a little so they read against the
// dark background (#0d1424).
import {
  AdditiveBlending,
  Color,
  DoubleSide,
  MeshPhongMaterial,
  ShaderMaterial,
  UniformsLib,
  UniformsUtils,
} from 'three';
import { MembraneMaterial, type MembraneOptions } from './membrane-material';

/** Membrane colours (not actors; actor colours come from src/theme/actor-colors.ts). */
export const MEMBRANE = {
  bouton: '#c2b39f',
  psd: '#6b4236',
  releaseSite: '#f3e6c4',
  capillary: '#6d4a57',
  cleft: '#9fc2ff',
} as const;

/** Colours of the molecular close-up's parts that are not actors of their own. */
export const CLOSEUP_COLORS = {
  gluN2: '#b06fd0', // the NMDA receptor's other subunit, a violet beside GluN1's pink
  glycine: '#8ff5d2', // mint
  calcium: '#ffffff',
  sodium: '#b9d2ff',
  lipidHead: '#d9c7a3',
} as const;

/** Shader patch: the glow (emissive) takes each instance's colour. */
const INSTANCE_GLOW =
  '#include <emissivemap_fragment>\n#ifdef USE_COLOR\n\ttotalEmissiveRadiance *= vColor.rgb;\n#endif';

/** Any material the highlighter can make glow (it raises emissiveIntensity). */
export type GlowMaterial = MembraneMaterial | MeshPhongMaterial | HazeMaterial;

export type { MembraneOptions } from './membrane-material';

/** A cell membrane (vertex-lit, with a rim light; see membrane-material.ts). */
export function membraneMaterial(color: string, opts: MembraneOptions = {}): MembraneMaterial {
  return new MembraneMaterial(color, opts);
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
 * A translucent vessel wall: nearly clear where it faces the viewer, denser toward its edges (as
 * a glass tube looks), so what flows inside shows through.
 */
export function vesselMaterial(
  color: string,
  faceAlpha: number,
  edgeAlpha: number,
): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      ...UniformsUtils.clone(UniformsLib.fog),
      color: { value: new Color(color) },
      faceAlpha: { value: faceAlpha },
      edgeAlpha: { value: edgeAlpha },
    },
    vertexShader: /* glsl */ `
      #include <fog_pars_vertex>
      varying float vFacing;
      void main() {
        vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
        vFacing = abs(dot(normalize(normalMatrix * normal), normalize(-mvPosition.xyz)));
        gl_Position = projectionMatrix * mvPosition;
        #include <fog_vertex>
      }`,
    fragmentShader: /* glsl */ `
      #include <fog_pars_fragment>
      uniform vec3 color;
      uniform float faceAlpha;
      uniform float edgeAlpha;
      varying float vFacing;
      void main() {
        float a = mix(edgeAlpha, faceAlpha, vFacing * vFacing);
        gl_FragColor = vec4(color * (0.55 + 0.45 * (1.0 - vFacing)), a);
        #include <colorspace_fragment>
        #include <fog_fragment>
      }`,
    fog: true,
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
  });
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
