// The storyboard's close-up (a stage whose cast has channelCloseUp): one NMDA receptor channel
// crossing a cut membrane, drawn flat in the 320 x 224 picture. Glutamate and glycine sit on
// its binding lobes; with the `block` mark a ketamine molecule is lodged in the pore (the
// calcium and sodium stop above it) and the magnesium ion has left; without it the magnesium
// ion plugs the pore. Same actor colours as the 3D close-up.
import { ACTOR_COLORS as A } from '../theme/actor-colors';
import { STRUCTURE_TEXT } from '../i18n/strings/scene';
import type { LocalizedText } from '../i18n/localize';
import { Labels } from './Labels';

/** lipid heads (the bouton's tan) and glycine (the 3D close-up's mint, scene3d materials.ts) */
const LIPID = '#c2b39f';
const GLYCINE = '#8ff5d2';
const PORE = '#0d1424';

/** Membrane band, px in the picture: heads at its two faces, tails between. */
const MEMBRANE_TOP = 118;
const MEMBRANE_BOTTOM = 170;

function Membrane() {
  const heads = [];
  for (let x = 6; x < 320; x += 12) {
    if (x > 104 && x < 216) continue; // the channel stands there
    heads.push(
      <g key={x}>
        <path
          d={`M${x - 2} ${MEMBRANE_TOP + 5} l0 18 M${x + 2} ${MEMBRANE_TOP + 5} l0 18 M${x - 2} ${MEMBRANE_BOTTOM - 23} l0 18 M${x + 2} ${MEMBRANE_BOTTOM - 23} l0 18`}
          stroke={LIPID}
          strokeWidth={1.2}
          opacity={0.6}
        />
        <circle cx={x} cy={MEMBRANE_TOP} r={5} fill={LIPID} />
        <circle cx={x} cy={MEMBRANE_BOTTOM} r={5} fill={LIPID} />
      </g>,
    );
  }
  return <g data-part="membrane">{heads}</g>;
}

/** One half of the channel (two subunits side by side), `dir` -1 left of the pore, 1 right. */
function Half({ dir }: { dir: -1 | 1 }) {
  const inner = 160 + dir * 8;
  const outer = 160 + dir * 48;
  const mid = (inner + outer) / 2;
  return (
    <g fill={A.nmda}>
      {/* the transmembrane helices, their inner edge lining the pore */}
      <path
        d={`M${inner} 104 L${inner} 184 Q${mid} 192 ${outer} 184 L${outer} 104 Q${mid} 96 ${inner} 104 Z`}
      />
      <path d={`M${mid} 106 L${mid} 182`} stroke={PORE} strokeWidth={1.5} opacity={0.5} />
      {/* the ligand-binding lobe above the membrane */}
      <ellipse cx={160 + dir * 30} cy={80} rx={24} ry={17} />
    </g>
  );
}

export function ChannelCloseUp({
  blocked,
  tr,
}: {
  blocked: boolean;
  tr: (entry: LocalizedText) => string;
}) {
  const T = STRUCTURE_TEXT;
  return (
    <g data-part="close-up">
      <Membrane />
      <g data-part="channel">
        <Half dir={-1} />
        <Half dir={1} />
        <rect data-part="pore" x={152} y={102} width={16} height={86} fill={PORE} />
      </g>
      <circle data-part="glutamate" cx={126} cy={66} r={6} fill={A.glutamate} />
      <circle data-part="glycine" cx={194} cy={66} r={6} fill={GLYCINE} />
      {blocked ? (
        <>
          {/* calcium and sodium above the channel, stopped by the drug in its pore */}
          <g data-part="ions" fill={A.ampa}>
            <circle cx={156} cy={44} r={3} />
            <circle cx={165} cy={34} r={3} />
            <circle cx={152} cy={26} r={3} />
          </g>
          <circle data-part="ketamine" cx={160} cy={140} r={7} fill={A.ketamine} />
          <circle data-part="magnesium" cx={236} cy={100} r={5} fill={A.magnesium} />
          <path
            d="M170 104 Q200 98 226 100"
            stroke={A.magnesium}
            strokeWidth={1.5}
            strokeDasharray="3 3"
            fill="none"
          />
        </>
      ) : (
        <circle data-part="magnesium" cx={160} cy={136} r={5} fill={A.magnesium} />
      )}
      {/* names left and right of the channel, each with a line to what it names */}
      <Labels
        items={[
          { x: 8, y: 63, text: tr(T.glutamate.name), line: [64, 60, 119, 65] },
          { x: 8, y: 101, text: tr(T.nmdaReceptor.name), line: [88, 98, 116, 112] },
          { x: 226, y: 63, text: tr(T.glycine.name), line: [224, 60, 201, 65] },
          ...(blocked
            ? [
                { x: 246, y: 104, text: tr(T.magnesium.name) },
                { x: 226, y: 206, text: tr(T.ketamine.name), line: [166, 145, 222, 199] as const },
                { x: 176, y: 30, text: tr(T.ions.name) },
              ]
            : [
                { x: 226, y: 212, text: tr(T.magnesium.name), line: [166, 138, 222, 206] as const },
              ]),
        ]}
      />
    </g>
  );
}
