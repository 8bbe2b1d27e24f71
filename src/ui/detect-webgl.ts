// Whether this browser can draw WebGL, and whether it draws on a software rasteriser.
//
// The page's first WebGL context is the expensive one: it starts the GPU side of the browser
// (0.7 to 2 s of blocked main thread on a throttled phone, measured by `npm run bench`). So the
// page makes no context of its own to ask questions: the scene makes its context on its own
// canvas (`makeSceneContext`) and reads the renderer's name from it. No context fails there,
// and the storyboard draws instead.

const SOFTWARE_NAMES = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether a renderer name is a software rasteriser (SwiftShader, llvmpipe, WARP). */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_NAMES.test(renderer);
}

/** The renderer's name (unmasked where the browser allows), '' when unknown. */
export function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return '';
  }
}

/**
 * The scene's WebGL 2 context (three.js draws only WebGL 2), made on the scene's canvas, or null
 * where there is none. No multisampling: whether the renderer is software is known only once the
 * context exists, and on a software rasteriser multisampling costs about as much as drawing the
 * scene; a GPU gets its smooth edges from a higher pixel ratio instead (SceneRoot).
 */
export function makeSceneContext(
  canvas: HTMLCanvasElement,
  attributes: WebGLContextAttributes,
): WebGL2RenderingContext | null {
  try {
    return canvas.getContext('webgl2', { ...attributes, antialias: false });
  } catch {
    return null;
  }
}

/**
 * Whether WebGL works now (after the GPU went away, say): a throwaway context, released at once.
 * Only for recovery, never at start-up.
 */
export function detectWebgl(): boolean {
  const gl = makeSceneContext(document.createElement('canvas'), {});
  if (!gl) return false;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return true;
}
