// The brain scale's note: the scale said in words, and in a condition's own view the circuit
// drawn, its regions by name (as the structure labels name them), what the facts say about
// ketamine there, and the evidence grade the evidence matrix gives the condition (its infusion
// row, the treatment itself: content/evidence-matrix.ts, GRADES for the word). The pain view
// (the dorsal horn, at synapse scale) gets the same note for its circuit: wind-up
// (pain.windup.nmda) and ketamine reducing it in volunteers (pain.windup.human).
import { GRADES } from '../../content/evidence-grades';
import { matrixRow } from '../../content/evidence-matrix';
import { PANEL_STRINGS as P } from '../../i18n/strings/panels';
import { SCENE_STRINGS as S, STRUCTURE_TEXT } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import type { ConditionId, StructureId, ViewId } from '../../story/structures';

interface Circuit {
  condition: ConditionId;
  title: keyof typeof S;
  regions: readonly StructureId[];
  /** ' → ' round a loop, ' ⇄ ' both ways */
  joint: string;
  /** what the facts say, or that it is a hypothesis */
  line: keyof typeof S;
  /** the scale said last (default: the brain's) */
  scale?: keyof typeof S;
}

const CIRCUITS: Partial<Record<ViewId, Circuit>> = {
  brainDepression: {
    condition: 'depression',
    title: 'brainDepression',
    regions: ['prefrontalCortex', 'hippocampus'],
    joint: ' ⇄ ',
    line: 'brainDepressionLine',
  },
  brainAnxiety: {
    condition: 'anxiety',
    title: 'brainAnxiety',
    regions: ['amygdala', 'prefrontalCortex'],
    joint: ' ⇄ ',
    line: 'brainHypothesis',
  },
  dorsalHorn: {
    condition: 'pain',
    title: 'painCircuit',
    regions: [],
    joint: '',
    line: 'painCircuitLine',
    scale: 'synapseScale',
  },
  brainOcd: {
    condition: 'ocd',
    title: 'brainOcd',
    regions: ['orbitofrontalCortex', 'striatum', 'thalamus'],
    joint: ' → ',
    line: 'brainHypothesis',
  },
};

const CONDITION_NAMES = {
  depression: P.condDepression,
  pain: P.condPain,
  anxiety: P.condAnxiety,
  ocd: P.condOcd,
} as const;

export default function BrainNote({
  view,
  noteRef,
}: {
  view: ViewId;
  noteRef: (el: HTMLElement | null) => void;
}) {
  const tr = useText();
  const circuit = CIRCUITS[view];
  if (!circuit) {
    return (
      <p className="scene-scale-note" data-testid="scene-scale-note" ref={noteRef}>
        {tr(S.brainScale)}
      </p>
    );
  }
  const cell = matrixRow('infusion')[circuit.condition];
  const path = circuit.regions.map((id) => tr(STRUCTURE_TEXT[id].name)).join(circuit.joint);
  const back = circuit.joint === ' → ' ? ` → ${tr(S.brainLoopBack)}` : '';
  return (
    <p
      className="scene-scale-note"
      data-testid="scene-scale-note"
      data-circuit={circuit.condition}
      data-grade={cell.grade}
      ref={noteRef}
    >
      <strong>{tr(S[circuit.title])}</strong>
      <br />
      {path ? (
        <>
          <span data-testid="brain-circuit-regions">
            {path}
            {back}
          </span>
          <br />
        </>
      ) : null}
      {tr(S[circuit.line])}
      <br />
      <span data-testid="brain-circuit-grade">
        {tr(S.brainGrade, {
          condition: tr(CONDITION_NAMES[circuit.condition]),
          grade: tr(GRADES[cell.grade].label),
        })}
      </span>
      <br />
      {tr(S[circuit.scale ?? 'brainScale'])}
    </p>
  );
}
