// Width of a label in pixels, so layouts leave room for it and nothing clips.
// Uses a canvas in the browser; falls back to an estimate (Atkinson Hyperlegible averages
// about 0.56 em per character, digits 0.6 em) where there is no canvas (tests).

/** Conservative width per character, in em, when no canvas is available. */
export const ESTIMATE_EM_PER_CHAR = 0.62;

let context: CanvasRenderingContext2D | null | undefined;

function getContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  try {
    if (typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent)) {
      context = document.createElement('canvas').getContext('2d');
    }
  } catch {
    context = null;
  }
  return context;
}

const cache = new Map<string, number>();

/** Forget measured widths (e.g. once the web font has loaded and replaced the fallback). */
export function clearMeasureCache(): void {
  cache.clear();
}

export function estimateTextWidth(text: string, fontPx: number): number {
  return text.length * fontPx * ESTIMATE_EM_PER_CHAR;
}

/** Width of `text` set in the app font at `fontPx`, bold if asked. */
export function measureText(text: string, fontPx: number, bold = false): number {
  const key = `${fontPx}|${bold ? 1 : 0}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ctx = getContext();
  let width: number;
  if (ctx) {
    ctx.font = `${bold ? 700 : 400} ${fontPx}px "Atkinson Hyperlegible", system-ui, sans-serif`;
    // A little slack for hinting differences between canvas and SVG text.
    width = ctx.measureText(text).width * 1.04 + 1;
  } else {
    width = estimateTextWidth(text, fontPx);
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, width);
  return width;
}
