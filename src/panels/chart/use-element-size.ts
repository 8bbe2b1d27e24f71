// Measures an element with a ResizeObserver: its content width and its font size (px), so
// charts lay out in pixels for the space they really have (1024×600 to a 4K projector).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Size } from '../lib/layout';
import { clearMeasureCache } from '../lib/text-measure';
import { useApp } from '../../state/app-store';

const FALLBACK: Size = { width: 360, height: 0, fontPx: 16 };

function read(el: HTMLElement): Size {
  const rect = el.getBoundingClientRect();
  const fontPx = parseFloat(getComputedStyle(el).fontSize) || FALLBACK.fontPx;
  return {
    width: Math.floor(rect.width) || FALLBACK.width,
    height: Math.floor(rect.height),
    fontPx,
  };
}

export function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>(FALLBACK);
  // Present and kiosk modes change the base font size without always changing the width.
  const mode = useApp((s) => s.mode);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const next = read(el);
      setSize((prev) =>
        prev.width === next.width && prev.height === next.height && prev.fontPx === next.fontPx
          ? prev
          : next,
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [mode]);

  // Labels were measured with the fallback font until the web font arrives: measure again then.
  useEffect(() => {
    let live = true;
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts || fonts.status === 'loaded') return;
    fonts.ready.then(() => {
      if (!live) return;
      clearMeasureCache();
      setSize((s) => ({ ...s }));
    });
    return () => {
      live = false;
    };
  }, []);

  return [ref, size] as const;
}
