// The storyboard's protein-building chain (mtor stage): TrkB in the spine's membrane -> Akt ->
// mTORC1 -> ribosomes on an mRNA -> new synaptic proteins, left to right with arrows.
import type { LocalizedText } from '../i18n/localize';
import { STRUCTURE_TEXT as T, STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import { Labels } from './Labels';
import { fill } from './paint';

const Y = 110;

/** An arrow along the row from x1 to x2 (head drawn as a path). */
const arrow = (x1: number, x2: number) => `M${x1} ${Y} L${x2} ${Y} m-7 -5 l7 5 l-7 5`;

export function MtorPicture({ tr }: { tr: (e: LocalizedText) => string }) {
  return (
    <g data-part="mtor-chain">
      <rect className="sb-membrane" x={8} y={20} width={22} height={184} />
      <g data-part="trkb" style={fill('trkB')}>
        <rect x={16} y={Y - 4} width={30} height={8} />
        <rect x={44} y={Y - 12} width={16} height={24} rx={5} />
      </g>
      <circle data-part="akt" cx={102} cy={Y} r={13} style={fill('akt')} />
      <rect
        data-part="mtorc1"
        x={146}
        y={Y - 16}
        width={40}
        height={32}
        rx={10}
        style={fill('mtor')}
      />
      <g data-part="ribosomes" style={fill('ribosome')}>
        <path className="sb-mrna" d="M214 138 L306 138" />
        {[228, 256, 284].map((x) => (
          <g key={x}>
            <ellipse cx={x} cy={130} rx={11} ry={7} />
            <ellipse cx={x} cy={118} rx={8} ry={6} />
          </g>
        ))}
      </g>
      <g data-part="proteins" style={fill('synapticProtein')}>
        {[
          [236, 176],
          [256, 186],
          [276, 172],
          [296, 184],
          [246, 196],
          [284, 198],
        ].map(([x, y]) => (
          <rect key={`${x}-${y}`} x={x} y={y} width={12} height={6} rx={3} />
        ))}
      </g>
      <g className="sb-arrow">
        <path d={arrow(64, 86)} />
        <path d={arrow(118, 142)} />
        <path d={arrow(190, 212)} />
        <path d="M256 146 L256 166 m-5 -7 l5 7 l5 -7" />
      </g>
      <Labels
        items={[
          { x: 36, y: 64, text: tr(T.trkB.name), line: [50, 68, 52, 96] },
          { x: 102, y: 150, text: tr(T.akt.name), anchor: 'middle' },
          { x: 166, y: 64, text: tr(S.mtorc1), anchor: 'middle' },
          { x: 312, y: 90, text: tr(T.ribosome.name), anchor: 'end' },
          { x: 312, y: 218, text: tr(T.synapticProtein.name), anchor: 'end' },
        ]}
      />
    </g>
  );
}
