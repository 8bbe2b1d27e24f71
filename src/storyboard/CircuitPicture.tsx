// The storyboard's circuit (disinhibition stage): an inhibitory interneuron whose axon ends on a
// pyramidal cell, drawn as ketamine leaves it: the interneuron quiet (dimmed, ketamine on it),
// the pyramidal cell releasing a burst of glutamate. Beside it, spike marks in one second before
// and with ketamine. Counts: the 3D circuit's illustrative baselines (interneuron 10 spikes/s,
// pyramidal cell 3 spikes/s, scene3d/circuit/spike-train.ts) times an illustrative change
// (interneuron to 30 %, pyramidal cell to 300 %), not the model's value at any one moment.
import type { LocalizedText } from '../i18n/localize';
import { STRUCTURE_TEXT as T, STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import type { ActorColorId } from '../theme/actor-colors';
import { Labels } from './Labels';
import { fill, stroke } from './paint';

/** Spikes in the one-second window: [before, with ketamine]. */
const SPIKES = { interneuron: [10, 3], pyramidal: [3, 9] } as const;

/** A row of `n` spike ticks evenly spread over the box from x to x + w, centred on y. */
function Ticks({
  n,
  x,
  y,
  w,
  color,
}: {
  n: number;
  x: number;
  y: number;
  w: number;
  color: ActorColorId;
}) {
  const ticks = [];
  for (let i = 0; i < n; i++) {
    const tx = x + ((i + 0.5) * w) / n;
    ticks.push(<path key={i} d={`M${tx} ${y - 8} l0 16`} />);
  }
  return (
    <g data-spikes={n} strokeWidth={2.5} strokeLinecap="round" style={stroke(color)}>
      <path className="sb-axis" d={`M${x} ${y + 9} l${w} 0`} />
      {ticks}
    </g>
  );
}

export function CircuitPicture({ tr }: { tr: (e: LocalizedText) => string }) {
  const BEFORE_X = 150;
  const AFTER_X = 236;
  const W = 76;
  return (
    <g data-part="circuit">
      {/* pyramidal cell: apical dendrite, body, axon to its terminal with glutamate */}
      <g style={fill('spine')}>
        <path d="M92 40 L96 40 L100 118 L88 118 Z" />
        <path d="M70 150 L94 104 L118 150 Z" />
        <path d="M92 150 L96 150 L96 192 L92 192 Z" />
        <ellipse cx={94} cy={198} rx={10} ry={7} />
      </g>
      <g data-part="glutamate" style={fill('glutamate')}>
        {[
          [80, 212],
          [90, 216],
          [100, 213],
          [110, 217],
          [86, 220],
          [104, 220],
          [76, 218],
          [114, 211],
        ].map(([x, y]) => (
          <circle key={`${x}-${y}`} cx={x} cy={y} r={2.6} />
        ))}
      </g>
      {/* interneuron, quiet: dimmed, ketamine on its NMDA receptors; axon ends on the pyramidal body */}
      <g opacity={0.5}>
        <path d="M40 74 Q50 120 78 134" fill="none" strokeWidth={4} style={stroke('interneuron')} />
        <circle cx={34} cy={64} r={14} style={fill('interneuron')} />
      </g>
      <circle cx={79} cy={134} r={4} style={fill('gaba')} />
      <circle cx={24} cy={52} r={3.2} style={fill('ketamine')} />
      <circle cx={44} cy={52} r={3.2} style={fill('ketamine')} />
      {/* spikes in one second */}
      <text x={BEFORE_X + W / 2} y={30} textAnchor="middle" className="sb-label sb-strong">
        {tr(S.beforeHeading)}
      </text>
      <text x={AFTER_X + W / 2} y={30} textAnchor="middle" className="sb-label sb-strong">
        {tr(S.withKetamine)}
      </text>
      <Ticks n={SPIKES.interneuron[0]} x={BEFORE_X} y={72} w={W} color="interneuron" />
      <Ticks n={SPIKES.interneuron[1]} x={AFTER_X} y={72} w={W} color="interneuron" />
      <Ticks n={SPIKES.pyramidal[0]} x={BEFORE_X} y={136} w={W} color="spine" />
      <Ticks n={SPIKES.pyramidal[1]} x={AFTER_X} y={136} w={W} color="spine" />
      <Labels
        items={[
          {
            x: BEFORE_X,
            y: 54,
            text: tr(T.interneuronTerminal.name),
            line: [BEFORE_X - 4, 52, 50, 60],
          },
          {
            x: BEFORE_X,
            y: 118,
            text: tr(T.pyramidalCell.name),
            line: [BEFORE_X - 4, 114, 112, 126],
          },
          { x: BEFORE_X, y: 168, text: tr(S.spikesPerSecond) },
          { x: 124, y: 214, text: tr(T.glutamate.name) },
          { x: 8, y: 100, text: tr(T.ketamine.name), line: [20, 90, 26, 57] },
        ]}
      />
    </g>
  );
}
