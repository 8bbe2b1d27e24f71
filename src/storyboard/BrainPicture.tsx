// The storyboard's brain scale: a side view of the brain (front to the left) with the regions
// a stage or a condition is about highlighted. Infusion: ketamine arriving in the blood and the
// prefrontal cortex and hippocampus; depression: the same two regions; anxiety: the
// amygdala-prefrontal loop; OCD: the cortico-striato-thalamo-cortical loop (orbitofrontal and
// anterior cingulate cortex -> striatum -> thalamus -> cortex). Shapes are schematic, not an atlas.
import type { LocalizedText } from '../i18n/localize';
import { STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import { Labels, type LabelSpec } from './Labels';
import { fill } from './paint';

export type BrainKind = 'infusion' | 'depression' | 'anxiety' | 'ocd';
type Region = 'pfc' | 'ofc' | 'acc' | 'striatum' | 'thalamus' | 'amygdala' | 'hippocampus';

const LIT: Record<BrainKind, readonly Region[]> = {
  infusion: ['pfc', 'hippocampus'],
  depression: ['pfc', 'hippocampus'],
  anxiety: ['pfc', 'amygdala'],
  ocd: ['ofc', 'acc', 'striatum', 'thalamus'],
};

/** Loop arrows: a curve and its head (an arrowhead drawn as a path, no marker ids to clash). */
const LOOPS: Partial<Record<BrainKind, readonly string[]>> = {
  anxiety: [
    'M140 140 Q104 136 90 114 m-1 9 l1 -9 l8 4',
    'M100 84 Q142 94 152 132 m-7 -5 l7 5 l2 -8',
  ],
  ocd: [
    'M98 134 Q112 130 122 122 m-8 0 l8 0 l-2 7',
    'M156 104 Q163 98 168 104 m-7 -1 l7 1 l0 -7',
    'M186 106 Q192 74 162 70 m6 -6 l-6 6 l7 4',
    'M118 76 Q92 92 86 124 m-4 -7 l4 7 l4 -7',
  ],
};

/** Where each region's name goes, with a leader to the region (acc shares ofc's name). */
const REGION_LABEL: Partial<Record<Region, Omit<LabelSpec, 'text'> & { text: LocalizedText }>> = {
  pfc: { x: 8, y: 18, text: S.prefrontalCortex, line: [40, 22, 70, 60] },
  hippocampus: { x: 316, y: 206, text: S.hippocampus, anchor: 'end', line: [270, 196, 206, 148] },
  amygdala: { x: 316, y: 206, text: S.amygdala, anchor: 'end', line: [250, 196, 158, 150] },
  ofc: { x: 8, y: 196, text: S.orbitofrontal, line: [40, 186, 72, 148] },
  striatum: { x: 110, y: 18, text: S.striatum, line: [128, 22, 140, 100] },
  thalamus: { x: 316, y: 18, text: S.thalamus, anchor: 'end', line: [270, 22, 186, 108] },
};

function RegionShape({ id, lit }: { id: Region; lit: boolean }) {
  const cls = lit ? 'sb-region sb-region-lit' : 'sb-region';
  switch (id) {
    case 'pfc':
      return <ellipse className={cls} cx={82} cy={86} rx={32} ry={34} />;
    case 'ofc':
      return <ellipse className={cls} cx={80} cy={138} rx={26} ry={11} />;
    case 'acc':
      return <path className={`${cls} sb-band`} d="M104 90 Q150 58 204 84" />;
    case 'striatum':
      return <ellipse className={cls} cx={140} cy={112} rx={19} ry={12} />;
    case 'thalamus':
      return <ellipse className={cls} cx={178} cy={116} rx={15} ry={11} />;
    case 'amygdala':
      return <circle className={cls} cx={150} cy={146} r={9} />;
    case 'hippocampus':
      return <path className={`${cls} sb-band`} d="M164 150 Q192 162 216 140" />;
  }
}

const ORDER: readonly Region[] = [
  'pfc',
  'ofc',
  'acc',
  'striatum',
  'thalamus',
  'amygdala',
  'hippocampus',
];

export function BrainPicture({ kind, tr }: { kind: BrainKind; tr: (e: LocalizedText) => string }) {
  const lit = LIT[kind];
  const labels: LabelSpec[] = lit.flatMap((id) => {
    const l = REGION_LABEL[id];
    return l ? [{ ...l, text: tr(l.text) }] : [];
  });
  if (kind === 'infusion') labels.push({ x: 8, y: 184, text: tr(S.bloodKetamine) });
  return (
    <g data-part={`brain-${kind}`}>
      {/* cerebellum and brainstem, then the cerebrum over them */}
      <ellipse className="sb-brain" cx={238} cy={168} rx={34} ry={18} />
      <path className="sb-brain" d="M184 164 L194 224 L212 224 L210 164 Z" />
      <path
        className="sb-brain"
        d="M40 118 C30 68 82 28 150 26 C222 24 282 56 288 106 C292 138 272 156 246 158 C222 166 196 166 174 170 C150 178 118 176 98 166 C78 160 58 160 48 148 C42 140 40 130 40 118 Z"
      />
      {ORDER.map((id) => (
        <RegionShape key={id} id={id} lit={lit.includes(id)} />
      ))}
      {(LOOPS[kind] ?? []).map((d) => (
        <path key={d} className="sb-loop" d={d} />
      ))}
      {kind === 'infusion' ? (
        <g data-part="blood">
          <path className="sb-vessel" d="M0 214 Q60 196 110 186 Q150 178 176 170" />
          {[18, 46, 74, 102, 130, 156].map((x, i) => (
            <circle key={x} cx={x} cy={210 - i * 6.5} r={3.2} style={fill('ketamine')} />
          ))}
          {[
            [74, 80],
            [92, 100],
            [66, 104],
            [188, 152],
            [204, 146],
          ].map(([x, y]) => (
            <circle key={`${x}-${y}`} cx={x} cy={y} r={2.6} style={fill('ketamine')} />
          ))}
        </g>
      ) : null}
      <Labels items={labels} />
    </g>
  );
}
