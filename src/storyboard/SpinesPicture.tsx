// The storyboard's time-lapse (spines stage): the same stretch of dendrite twice, thin buds now
// and mushroom spines hours later (mice: 12-24 h after one dose, the 3D clock's span), and below
// a stressed dendrite with fewer, stubby spines.
import type { LocalizedText } from '../i18n/localize';
import { format } from '../i18n/localize';
import { STRUCTURE_TEXT as T, STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import { Labels } from './Labels';
import { fill } from './paint';

/** Hours between the two frames (the end of the mouse window, pd.spines). */
const LATER_H = 24;

const SPINE_X = [24, 52, 80, 108];

function Dendrite({ x, y, w }: { x: number; y: number; w: number }) {
  return <rect x={x} y={y} width={w} height={16} rx={8} style={fill('spine')} />;
}

export function SpinesPicture({ tr }: { tr: (e: LocalizedText) => string }) {
  return (
    <g data-part="spine-time-lapse" style={fill('spine')}>
      <Dendrite x={8} y={96} w={128} />
      <Dendrite x={184} y={96} w={128} />
      {SPINE_X.map((x) => (
        <g key={x} data-part="bud">
          <rect x={x - 1.5} y={74} width={3} height={24} />
          <circle cx={x} cy={73} r={3.5} />
        </g>
      ))}
      {SPINE_X.map((x) => (
        <g key={x} data-part="mushroom">
          <rect x={x + 176 - 2.5} y={68} width={5} height={30} />
          <ellipse cx={x + 176} cy={62} rx={11} ry={9} className="sb-new" />
        </g>
      ))}
      <path className="sb-arrow" d="M144 104 L176 104 m-7 -5 l7 5 l-7 5" />
      {/* the stressed dendrite: fewer spines, short and thin */}
      <g opacity={0.75}>
        <Dendrite x={8} y={178} w={304} />
        {[90, 230].map((x) => (
          <rect key={x} x={x - 1.5} y={166} width={3} height={14} />
        ))}
      </g>
      <Labels
        items={[
          { x: 8, y: 40, text: tr(S.thinBuds) },
          { x: 312, y: 40, text: tr(S.mushroomSpines), anchor: 'end' },
          { x: 160, y: 130, text: format(tr(S.hoursLater), { hours: LATER_H }), anchor: 'middle' },
          { x: 8, y: 214, text: tr(T.stressedDendrite.name) },
        ]}
      />
    </g>
  );
}
