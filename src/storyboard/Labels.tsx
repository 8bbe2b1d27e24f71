// Names inside a storyboard picture: each text at (x, y) in the 320 x 224 picture, with an
// optional leader line (x1 y1 x2 y2) to what it names. One component for every picture.
export interface LabelSpec {
  x: number;
  y: number;
  text: string;
  /** leader line from (x1, y1) to (x2, y2) */
  line?: readonly [number, number, number, number];
  anchor?: 'start' | 'middle' | 'end';
}

export function Labels({ items }: { items: readonly LabelSpec[] }) {
  return (
    <g>
      <g stroke="var(--text)" strokeWidth={1} opacity={0.8}>
        {items.map((l, i) =>
          l.line ? (
            <path key={i} d={`M${l.line[0]} ${l.line[1]} L${l.line[2]} ${l.line[3]}`} />
          ) : null,
        )}
      </g>
      {items.map((l, i) => (
        <text key={i} x={l.x} y={l.y} textAnchor={l.anchor} className="sb-label">
          {l.text}
        </text>
      ))}
    </g>
  );
}
