// The "now" cursor: a vertical line at the scene's model time, moved on every clock tick by
// setting SVG attributes on refs (no React state per frame). Hidden outside the chart's domain.
import { useEffect, useRef } from 'react';
import { clock, onClockTick, type Clock } from '../../state/clock';

export interface NowCursorProps {
  /** minutes → px; NaN or out of [left, right] hides the cursor */
  x: (tMin: number) => number;
  /** the time domain shown, minutes */
  domain: readonly [number, number];
  top: number;
  bottom: number;
  /** optional marker on a curve: px y for the current clock (e.g. plasma level) */
  dotY?: (c: Clock) => number;
  label: string;
}

export function NowCursor({ x, domain, top, bottom, dotY, label }: NowCursorProps) {
  const groupRef = useRef<SVGGElement>(null);
  const lineRef = useRef<SVGLineElement>(null);
  const dotRef = useRef<SVGCircleElement>(null);

  useEffect(() => {
    let lastX = NaN;
    let lastY = NaN;
    let lastShown: boolean | null = null;
    const update = (c: Clock) => {
      const t = c.modelTimeMin;
      const shown = t >= domain[0] && t <= domain[1] && Number.isFinite(t);
      if (shown !== lastShown && groupRef.current) {
        groupRef.current.style.display = shown ? '' : 'none';
        lastShown = shown;
      }
      if (!shown) return;
      const px = Math.round(x(t) * 2) / 2;
      if (px !== lastX && lineRef.current) {
        lineRef.current.setAttribute('x1', String(px));
        lineRef.current.setAttribute('x2', String(px));
        lineRef.current.setAttribute('data-t', String(Math.round(t * 10) / 10));
        if (dotRef.current) dotRef.current.setAttribute('cx', String(px));
        lastX = px;
      }
      if (dotY && dotRef.current) {
        const py = Math.round(dotY(c) * 2) / 2;
        if (py !== lastY && Number.isFinite(py)) {
          dotRef.current.setAttribute('cy', String(py));
          lastY = py;
        }
      }
    };
    update(clock);
    return onClockTick(update);
  }, [x, domain, dotY]);

  return (
    <g ref={groupRef} className="now-cursor" data-testid="now-cursor" aria-hidden="true">
      <title>{label}</title>
      <line ref={lineRef} x1={0} x2={0} y1={top} y2={bottom} />
      {dotY ? <circle ref={dotRef} r={4} cx={0} cy={bottom} /> : null}
    </g>
  );
}
