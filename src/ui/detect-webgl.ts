// Whether this browser can make a WebGL context, and whether it draws on a software rasteriser.
//
// The page's first WebGL context is the expensive one: it starts the GPU side of the browser
// (0.7 to 2 s of blocked main thread on a throttled phone, measured by `npm run bench`). So the
// start-up probe makes one context, asks it everything the scene needs to know (can it draw at
// all, is it software) and keeps it alive until the scene's own context exists
// (`releaseWebglProbe`); the scene's context then costs milliseconds. No second throwaway.

export interface WebglProbe {
  /** a WebGL 2 or WebGL 1 context could be made */
  available: boolean;
  /** the renderer's name (unmasked where the browser allows), '' when unknown */
  renderer: string;
}

const SOFTWARE_NAMES = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether a renderer name is a software rasteriser (SwiftShader, llvmpipe, WARP). */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_NAMES.test(renderer);
}

type GlContext = WebGLRenderingContext | WebGL2RenderingContext;

let probe: WebglProbe | null = null;
let probeContext: GlContext | null = null;

function rendererOf(gl: GlContext): string {
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return '';
  }
}

function makeContext(): GlContext | null {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  } catch {
    return null;
  }
}

/** The start-up probe: made once per page, its context kept until the scene has its own. */
export function probeWebgl(): WebglProbe {
  if (probe) return probe;
  probeContext = makeContext();
  probe = {
    available: probeContext !== null,
    renderer: probeContext ? rendererOf(probeContext) : '',
  };
  return probe;
}

/** The scene's context exists: the probe's is given back to the browser. */
export function releaseWebglProbe(): void {
  probeContext?.getExtension('WEBGL_lose_context')?.loseContext();
  probeContext = null;
}

/**
 * Whether WebGL works now (after the GPU went away, say): a fresh throwaway context, released
 * at once. Not for start-up, where `probeWebgl` answers.
 */
export function detectWebgl(): boolean {
  const gl = makeContext();
  if (!gl) return false;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return true;
}
