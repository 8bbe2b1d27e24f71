// Shapes shared by the storyboard's synapse pictures: scattered dots (vesicles, glutamate,
// ketamine) placed by a fixed hash so every render draws the same picture, and a receptor as
// two subunits with, optionally, ketamine or a magnesium ion in its pore.
import { ACTOR_COLORS as A } from '../theme/actor-colors';

/** the bouton's tan (the 3D bouton's membrane colour) */
export const BOUTON = '#c2b39f';

export function Dots({
  n,
  x,
  y,
  w,
  h,
  color,
  r = 3,
  seed = 1,
}: {
  n: number;
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  r?: number;
  seed?: number;
}) {
  const dots = [];
  for (let i = 0; i < n; i++) {
    const fx = (((Math.sin((i + 1) * 12.9898 * seed) * 43758.5453) % 1) + 1) % 1;
    const fy = (((Math.sin((i + 1) * 78.233 * seed) * 12345.678) % 1) + 1) % 1;
    dots.push(<circle key={i} cx={x + fx * w} cy={y + fy * h} r={r} fill={color} />);
  }
  return <g>{dots}</g>;
}

export function Receptor({
  x,
  y,
  color,
  blocked,
  mg,
}: {
  x: number;
  y: number;
  color: string;
  blocked?: boolean;
  mg?: boolean;
}) {
  return (
    <g>
      <rect x={x - 7} y={y - 16} width={5} height={16} rx={2} fill={color} />
      <rect x={x + 2} y={y - 16} width={5} height={16} rx={2} fill={color} />
      {blocked ? <circle cx={x} cy={y - 9} r={3.2} fill={A.ketamine} /> : null}
      {mg ? <circle cx={x} cy={y - 4} r={2.4} fill={A.magnesium} /> : null}
    </g>
  );
}
