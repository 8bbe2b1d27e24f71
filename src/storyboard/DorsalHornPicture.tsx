// The storyboard's pain picture (the conditions stage with pain chosen): a synapse in the spinal
// cord's dorsal horn. The same pain signal comes in again and again (equal ticks on the incoming
// fibre) and the response grows with each (central sensitisation, wind-up: the rising bars);
// ketamine sits in one NMDA receptor, a magnesium ion in the other.
import { ACTOR_COLORS as A } from '../theme/actor-colors';
import { STRUCTURE_TEXT, STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import type { LocalizedText } from '../i18n/localize';
import { Labels } from './Labels';
import { BOUTON, Dots, Receptor } from './SynapseShapes';
import { fill } from './paint';

const PULSES = [0, 1, 2, 3, 4, 5, 6, 7];

export function DorsalHornPicture({ tr }: { tr: (entry: LocalizedText) => string }) {
  return (
    <g data-part="dorsal-horn">
      <path d="M0 30 Q80 40 130 70" stroke={BOUTON} strokeWidth={8} fill="none" />
      {/* the same input each time: equal pulses on the incoming fibre */}
      <g data-part="input" style={fill('glutamate')}>
        {[14, 34, 54, 74].map((x) => (
          <rect key={x} x={x} y={18 + x * 0.2} width={4} height={16} rx={1} />
        ))}
      </g>
      <ellipse cx={150} cy={78} rx={34} ry={22} fill={BOUTON} />
      <Dots n={8} x={125} y={102} w={50} h={10} color={A.glutamate} r={2.5} seed={11} />
      <rect x={0} y={116} width={320} height={50} rx={24} fill={A.spine} />
      <Receptor x={138} y={118} color={A.nmda} blocked />
      <Receptor x={160} y={118} color={A.nmda} mg />
      {/* the response to each pulse grows */}
      {PULSES.map((i) => (
        <rect
          key={i}
          x={200 + i * 14}
          y={100 - 12 - i * 6}
          width={10}
          height={12 + i * 6}
          fill={A.pain}
        />
      ))}
      <Labels
        items={[
          { x: 8, y: 62, text: tr(S.painSignal) },
          { x: 312, y: 26, text: tr(S.sensitised), anchor: 'end' },
          { x: 8, y: 190, text: tr(STRUCTURE_TEXT.dorsalHorn.name) },
          {
            x: 312,
            y: 190,
            text: tr(STRUCTURE_TEXT.ketamine.name),
            anchor: 'end',
            line: [262, 184, 142, 112],
          },
        ]}
      />
    </g>
  );
}
