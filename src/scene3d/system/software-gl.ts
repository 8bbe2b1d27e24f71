// Whether WebGL runs on a software rasteriser (SwiftShader, llvmpipe, WARP), as it does on
// machines whose GPU the browser has blocked. There the scene skips multisampling, which on
// SwiftShader costs about as much as drawing the scene itself. Read from the page's start-up
// probe (`ui/detect-webgl.ts`), whose context is still alive then: no context of its own.
import { isSoftwareRenderer, probeWebgl } from '../../ui/detect-webgl';

export function isSoftwareGl(): boolean {
  return isSoftwareRenderer(probeWebgl().renderer);
}
