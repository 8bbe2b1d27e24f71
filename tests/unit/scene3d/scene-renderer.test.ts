// The scene's renderer is made on its own canvas with the page's only WebGL context: asked for
// WebGL 2 without multisampling, it tells whether the renderer is software, and without a
// context it hands the page the storyboard instead of throwing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebGLRenderer, WebGLRendererParameters } from 'three';
import { createSceneRenderer } from '../../../src/scene3d/system/scene-renderer';

class FakeCanvas {
  requests: { type: string; attributes: WebGLContextAttributes }[] = [];
  constructor(private readonly renderer: string | null) {}
  getContext(type: string, attributes: WebGLContextAttributes) {
    this.requests.push({ type, attributes });
    if (this.renderer === null) return null;
    const name = this.renderer;
    return {
      RENDERER: 0x1f01,
      getExtension: (ext: string) =>
        ext === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : null,
      getParameter: (p: number) => (p === 0x9246 ? name : 'WebKit WebGL'),
    };
  }
}

function make(renderer: string | null) {
  vi.stubGlobal('HTMLCanvasElement', FakeCanvas);
  const canvas = new FakeCanvas(renderer);
  const seen = { noWebgl: 0, software: [] as boolean[], built: [] as WebGLRendererParameters[] };
  const result = createSceneRenderer(
    { canvas, powerPreference: 'high-performance', alpha: true },
    { onNoWebgl: () => seen.noWebgl++, onContext: (s) => seen.software.push(s) },
    (parameters) => {
      seen.built.push(parameters);
      return { render: () => {} } as unknown as WebGLRenderer;
    },
  );
  return { canvas, seen, result };
}

afterEach(() => vi.unstubAllGlobals());

describe("the scene's renderer", () => {
  it('asks its own canvas for one WebGL 2 context without multisampling, and builds on it', async () => {
    const { canvas, seen, result } = make('ANGLE (NVIDIA, GeForce GTX 1650 Direct3D11)');
    await result;
    expect(canvas.requests).toEqual([
      {
        type: 'webgl2',
        attributes: { powerPreference: 'high-performance', alpha: true, antialias: false },
      },
    ]);
    expect(seen.software).toEqual([false]);
    expect(seen.built).toHaveLength(1);
    expect(seen.built[0]).toMatchObject({ canvas, antialias: false, alpha: true });
    expect(seen.built[0]!.context).toBeDefined();
    expect(seen.noWebgl).toBe(0);
  });

  it('reads a software rasteriser from that same context', async () => {
    const { canvas, seen, result } = make('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))');
    await result;
    expect(canvas.requests).toHaveLength(1);
    expect(seen.software).toEqual([true]);
  });

  it('without WebGL 2 says so, builds nothing and never settles (the storyboard replaces it)', async () => {
    const { seen, result } = make(null);
    let settled = false;
    result.then(
      () => (settled = true),
      () => (settled = true),
    );
    // a settled promise would have run its callbacks before the next macrotask
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    expect(seen.noWebgl).toBe(1);
    expect(seen.built).toEqual([]);
    expect(seen.software).toEqual([]);
  });
});
