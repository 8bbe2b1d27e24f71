// Holds the scene's drawing while its shaders compile (CompileBeforeDrawing.tsx): SceneDriver
// draws nothing while any hold is on, so no frame waits on a program the GPU is still linking.
let holds = 0;

/** Starts a hold; the function it returns ends it (once, however often it is called). */
export function holdDrawing(): () => void {
  holds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holds--;
  };
}

export function drawingHeld(): boolean {
  return holds > 0;
}
