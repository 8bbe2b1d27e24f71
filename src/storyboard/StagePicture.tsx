// A 2D picture of one stage (SVG), for devices without WebGL: the same anatomy and actor
// colours as the 3D scene, with what the stage is about drawn on top.
import { ACTOR_COLORS as A } from '../theme/actor-colors';
import { SCENE_STRINGS, STRUCTURE_TEXT } from '../i18n/strings/scene';
import type { LocalizedText } from '../i18n/localize';
import type { Stage } from '../story/schema';
import type { PictureMark } from '../story/structures';
import { ChannelCloseUp } from './ChannelCloseUp';

interface Props {
  /** its id (data-stage), view (a calm view dims the picture), the marks it asks for and its
   *  cast (channelCloseUp: the molecular close-up of one NMDA receptor instead of the synapse) */
  stage: Pick<Stage, 'id' | 'picture' | 'view' | 'cast'>;
  /** dorsal horn instead of the synapse (pain condition) */
  pain: boolean;
  label: string;
  tr: (entry: LocalizedText) => string;
  small?: boolean;
}

const BOUTON = '#c2b39f';

function Dots({
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

function Receptor({
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

function Synapse({
  marks,
  calm,
  tr,
}: {
  marks: readonly PictureMark[];
  calm: boolean;
  tr: Props['tr'];
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
      <text x={214} y={54} className="sb-label">
        {tr(STRUCTURE_TEXT.presynapticBouton.name)}
      </text>
      <text x={8} y={214} className="sb-label">
        {tr(STRUCTURE_TEXT.dendriteShaft.name)}
      </text>
      {newSpines ? (
        <text x={214} y={140} className="sb-label">
          {tr(STRUCTURE_TEXT.newSpines.name)}
        </text>
      ) : (
        <text x={204} y={122} className="sb-label">
          {tr(STRUCTURE_TEXT.spineHead.name)}
        </text>
      )}
    </g>
  );
}

function DorsalHorn({ tr }: { tr: Props['tr'] }) {
  const bars = [0, 1, 2, 3, 4, 5, 6, 7];
  return (
    <g>
      <path d="M0 30 Q80 40 130 70" stroke={BOUTON} strokeWidth={8} fill="none" />
      <ellipse cx={150} cy={78} rx={34} ry={22} fill={BOUTON} />
      <Dots n={8} x={125} y={102} w={50} h={10} color={A.glutamate} r={2.5} seed={11} />
      <rect x={0} y={116} width={320} height={50} rx={24} fill={A.spine} />
      <Receptor x={138} y={118} color={A.nmda} blocked />
      <Receptor x={160} y={118} color={A.nmda} mg />
      {bars.map((i) => (
        <rect
          key={i}
          x={200 + i * 14}
          y={100 - 12 - i * 6}
          width={10}
          height={12 + i * 6}
          fill={A.pain}
        />
      ))}
      <text x={8} y={200} className="sb-label">
        {tr(STRUCTURE_TEXT.dorsalHorn.name)}
      </text>
    </g>
  );
}

export function StagePicture({ stage, pain, label, tr, small }: Props) {
  const marks = stage.picture ?? [];
  const closeUp = !pain && !!stage.cast?.includes('channelCloseUp');
  const blocked = marks.includes('block');
  // the close-up says what it draws (a reader would not guess it from the stage's title)
  const name =
    label && closeUp
      ? `${label}. ${tr(blocked ? SCENE_STRINGS.closeUpBlocked : SCENE_STRINGS.closeUpResting)}`
      : label;
  return (
    <svg
      className={small ? 'sb-picture sb-small' : 'sb-picture'}
      viewBox="0 0 320 224"
      // a picture without words (the strip's thumbnails sit in labelled buttons) is decoration
      {...(name ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true })}
      data-stage={stage.id}
      data-picture={pain ? 'dorsal-horn' : closeUp ? 'close-up' : 'synapse'}
    >
      <rect width={320} height={224} fill="#0d1424" />
      {pain ? (
        <DorsalHorn tr={tr} />
      ) : closeUp ? (
        <ChannelCloseUp blocked={blocked} tr={tr} />
      ) : (
        <Synapse marks={marks} calm={stage.view === 'calm'} tr={tr} />
      )}
    </svg>
  );
}
