// Whether WebGL runs on a software rasteriser (SwiftShader, llvmpipe, WARP), as it does on
// machines whose GPU the browser has blocked. There the scene skips multisampling, which on
// SwiftShader costs about as much as drawing the scene itself. Probed once per page on a
// throwaway context that is released at once.
let software: boolean | null = null;

const SOFTWARE_NAMES = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function isSoftwareGl(): boolean {
  if (software !== null) return software;
  software = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return software;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    software = SOFTWARE_NAMES.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    software = false;
  }
  return software;
}
