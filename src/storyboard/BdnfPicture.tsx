// The storyboard's growth signal (bdnf-trkb stage): one BDNF dimer (two linked protomers)
// bridging two TrkB receptors in the membrane, which pair and switch on their kinase ends
// inside the cell; a lone TrkB to the left stays apart and dark.
import type { LocalizedText } from '../i18n/localize';
import { STRUCTURE_TEXT as T, STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import { Labels } from './Labels';
import { fill } from './paint';

/** Membrane band, px in the picture. */
const TOP = 112;
const BOTTOM = 140;

/** One TrkB: ligand-binding domain above the membrane, a helix through it, a kinase below;
 *  `tilt` in degrees leans it about its membrane crossing. */
function TrkB({ x, tilt, active }: { x: number; tilt: number; active: boolean }) {
  return (
    <g
      transform={`rotate(${tilt} ${x} ${(TOP + BOTTOM) / 2})`}
      style={fill('trkB')}
      opacity={active ? 1 : 0.55}
    >
      <ellipse cx={x} cy={84} rx={11} ry={20} />
      <rect x={x - 3} y={100} width={6} height={50} />
      <rect x={x - 10} y={150} width={20} height={24} rx={6} />
      {active ? (
        <g data-part="phospho" className="sb-glow">
          <circle cx={x} cy={186} r={4} />
          <circle cx={x} cy={198} r={3} />
        </g>
      ) : null}
    </g>
  );
}

export function BdnfPicture({ tr }: { tr: (e: LocalizedText) => string }) {
  return (
    <g data-part="bdnf-trkb">
      <rect className="sb-membrane" x={0} y={TOP} width={320} height={BOTTOM - TOP} />
      <TrkB x={50} tilt={0} active={false} />
      <TrkB x={142} tilt={8} active />
      <TrkB x={182} tilt={-8} active />
      {/* the dimer: two protomers side by side, each on one receptor's binding domain */}
      <g data-part="dimer" style={fill('bdnf')}>
        <ellipse cx={152} cy={56} rx={12} ry={15} />
        <ellipse cx={172} cy={56} rx={12} ry={15} />
      </g>
      <Labels
        items={[
          { x: 312, y: 40, text: tr(S.bdnfDimer), anchor: 'end', line: [250, 44, 186, 54] },
          { x: 8, y: 214, text: tr(S.trkbPair), line: [70, 204, 138, 180] },
          { x: 8, y: 40, text: tr(T.trkB.name), line: [40, 46, 48, 64] },
          { x: 312, y: 214, text: tr(S.signalInside), anchor: 'end', line: [250, 204, 196, 196] },
        ]}
      />
    </g>
  );
}
