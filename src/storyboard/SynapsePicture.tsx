// The storyboard's synapse: bouton with vesicles, cleft, the spine with its receptors, the
// interneuron's dendrite and terminal, and the marks a stage asks for (infusion, block, surge,
// bdnf, mtor, newSpines) drawn on top.
import { ACTOR_COLORS as A } from '../theme/actor-colors';
import { STRUCTURE_TEXT } from '../i18n/strings/scene';
import type { LocalizedText } from '../i18n/localize';
import type { PictureMark } from '../story/structures';
import { Labels } from './Labels';
import { BOUTON, Dots, Receptor } from './SynapseShapes';

export function SynapsePicture({
  marks,
  calm,
  tr,
}: {
  marks: readonly PictureMark[];
  calm: boolean;
  tr: (entry: LocalizedText) => string;
}) {
  const block = marks.includes('block');
  const surge = marks.includes('surge');
  const newSpines = marks.includes('newSpines');
  return (
    <g opacity={calm ? 0.75 : 1}>
      {/* capillary with ketamine arriving */}
      <path
        d="M0 18 Q160 4 320 20"
        stroke="#6d4a57"
        strokeWidth={16}
        fill="none"
        strokeLinecap="round"
      />
      {marks.includes('infusion') ? (
        <>
          <Dots n={16} x={90} y={30} w={170} h={60} color={A.ketamine} seed={3} />
          <path
            d="M60 30 l0 40 m-6 -8 l6 8 l6 -8"
            stroke={A.ketamine}
            strokeWidth={2.5}
            fill="none"
          />
        </>
      ) : null}
      {/* dendrite shaft */}
      <rect x={0} y={178} width={320} height={42} rx={20} fill={A.spine} />
      {/* spines: thin ones, and new ones when they have grown */}
      {[40, 250].map((x) => (
        <path key={x} d={`M${x} 180 l0 -22`} stroke={A.spine} strokeWidth={4} />
      ))}
      {newSpines
        ? [80, 210, 280].map((x) => (
            <g key={x}>
              <path d={`M${x} 180 l0 -26`} stroke="#f4cdb4" strokeWidth={6} />
              <circle cx={x} cy={150} r={8} fill="#f4cdb4" />
            </g>
          ))
        : null}
      {/* spine neck and head */}
      <path
        d="M150 180 L152 140 Q120 130 122 108 Q126 88 160 88 Q194 88 198 108 Q200 130 168 140 L170 180 Z"
        fill={A.spine}
      />
      {/* bouton with vesicles */}
      <path d="M110 70 Q104 30 160 28 Q216 30 210 70 Z" fill={BOUTON} />
      <Dots n={9} x={125} y={38} w={70} h={24} color="#efe6c8" r={5} seed={5} />
      {/* cleft: glutamate, more during the surge */}
      <Dots n={surge ? 16 : 5} x={125} y={72} w={70} h={12} color={A.glutamate} r={2.5} seed={7} />
      {/* receptors on the PSD */}
      <rect x={128} y={86} width={64} height={4} fill="#6b4236" />
      <Receptor x={138} y={86} color={A.ampa} />
      <Receptor x={160} y={86} color={A.nmda} blocked={block} mg={!block} />
      <Receptor x={182} y={86} color={A.ampa} />
      {/* interneuron (soma off to the left): a dendrite with an excitatory input and NMDA
          receptors, and an axon whose terminal sits on the shaft; dim when quiet */}
      <path
        d="M0 78 Q50 66 100 72"
        stroke={A.interneuron}
        strokeWidth={12}
        fill="none"
        strokeLinecap="round"
      />
      <path d="M70 52 Q78 30 96 8" stroke={BOUTON} strokeWidth={4} fill="none" />
      <ellipse cx={66} cy={56} rx={11} ry={8} fill={BOUTON} />
      <Receptor x={30} y={68} color={A.nmda} blocked={block} />
      <Receptor x={50} y={66} color={A.nmda} blocked={block} />
      <path
        d="M0 112 Q56 118 70 168"
        stroke={A.interneuron}
        strokeWidth={10}
        fill="none"
        opacity={surge ? 0.45 : 1}
        strokeDasharray={surge ? '6 5' : undefined}
      />
      <circle cx={72} cy={168} r={12} fill={A.interneuron} opacity={surge ? 0.45 : 1} />
      {marks.includes('bdnf') ? (
        <>
          <path d="M200 118 l14 -8" stroke={A.trkB} strokeWidth={4} />
          <circle cx={218} cy={107} r={4} fill={A.bdnf} />
          <circle cx={224} cy={107} r={4} fill={A.bdnf} />
        </>
      ) : null}
      {marks.includes('mtor') ? (
        <Dots n={14} x={146} y={100} w={28} h={70} color={A.mtor} r={2.5} seed={9} />
      ) : null}
      {surge ? (
        <path
          d="M232 78 l0 -26 m-6 8 l6 -8 l6 8"
          stroke={A.glutamate}
          strokeWidth={2.5}
          fill="none"
        />
      ) : null}
      <Labels
        items={[
          { x: 214, y: 54, text: tr(STRUCTURE_TEXT.presynapticBouton.name) },
          { x: 8, y: 214, text: tr(STRUCTURE_TEXT.dendriteShaft.name) },
          newSpines
            ? { x: 214, y: 140, text: tr(STRUCTURE_TEXT.newSpines.name) }
            : { x: 204, y: 122, text: tr(STRUCTURE_TEXT.spineHead.name) },
        ]}
      />
    </g>
  );
}
