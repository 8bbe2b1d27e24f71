// The scene's renderer, made on R3F's canvas with a context of our own making: the page's only
// WebGL context at start-up (no probe made beforehand to ask questions), so it is also where we
// learn whether WebGL works at all and whether the renderer is software.
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import { isSoftwareRenderer, makeSceneContext, rendererName } from '../../ui/detect-webgl';

/** What R3F hands its `gl` factory (its own type is not exported). */
export interface RendererDefaults {
  canvas: unknown;
  powerPreference?: string;
  alpha?: boolean;
}

type BuildRenderer = (parameters: WebGLRendererParameters) => WebGLRenderer;
const buildWebglRenderer: BuildRenderer = (parameters) => new WebGLRenderer(parameters);

/** A canvas in a document (R3F may also hand an OffscreenCanvas, which we do not use). */
function isDomCanvas(canvas: unknown): canvas is HTMLCanvasElement {
  return typeof HTMLCanvasElement !== 'undefined' && canvas instanceof HTMLCanvasElement;
}

const POWER: readonly string[] = ['default', 'high-performance', 'low-power'];

export interface RendererOutcome {
  /** no WebGL 2 here: the caller draws something else, and this canvas goes away */
  onNoWebgl: () => void;
  /** the context exists; whether it draws on a software rasteriser */
  onContext: (software: boolean) => void;
}

/**
 * R3F's `gl` factory (a promise, which R3F waits for). Without a context it never resolves: the
 * slot swaps the scene for the storyboard (`onNoWebgl`) and the waiting canvas is unmounted with
 * it, with no error thrown.
 */
export function createSceneRenderer(
  defaults: RendererDefaults,
  outcome: RendererOutcome,
  build: BuildRenderer = buildWebglRenderer,
): Promise<WebGLRenderer> {
  const { canvas, alpha = true } = defaults;
  const powerPreference = POWER.includes(defaults.powerPreference ?? '')
    ? (defaults.powerPreference as WebGLPowerPreference)
    : 'default';
  const noWebgl = () => {
    outcome.onNoWebgl();
    return new Promise<WebGLRenderer>(() => {});
  };
  if (!isDomCanvas(canvas)) return noWebgl();
  const context = makeSceneContext(canvas, { powerPreference, alpha });
  if (!context) return noWebgl();
  outcome.onContext(isSoftwareRenderer(rendererName(context)));
  return Promise.resolve(build({ canvas, context, alpha, antialias: false, powerPreference }));
}
