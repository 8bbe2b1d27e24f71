// Compiles the shaders of everything just mounted before the scene draws it (three's
// compileAsync): with KHR_parallel_shader_compile (phones' and laptops' GPUs in Chrome) the GPU
// links the programs in parallel while the page stays responsive, where the first frame would
// otherwise wait for each in turn on the main thread. Parts mounted later (a lazily loaded
// brain) compile when first drawn. Placed after the content it compiles (MountInSlices.tsx).
import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { holdDrawing } from './shader-gate';
import { sceneStats } from './scene-stats';
import { wakeScene } from './scene-rest';

export function CompileBeforeDrawing() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useLayoutEffect(() => {
    const release = holdDrawing();
    sceneStats.shaders.parallel = gl.extensions.has('KHR_parallel_shader_compile');
    let live = true;
    gl.compileAsync(scene, camera)
      .catch(() => undefined) // a failed compile shows itself when drawn (and the boundary)
      .then(() => {
        if (!live) return;
        sceneStats.shaders.compiledBeforeDrawing = gl.info.programs?.length ?? 0;
        release();
        wakeScene();
      });
    return () => {
      live = false;
      release();
    };
  }, [gl, scene, camera]);
  return null;
}
