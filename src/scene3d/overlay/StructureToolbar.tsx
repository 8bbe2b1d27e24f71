// Keyboard and screen-reader access to the scene's structures: a compact, collapsible list of
// toggle buttons (one tab stop, arrow keys move between them). Choosing one selects it in the
// store; the scene highlights and labels it, and the live region reads its explanation.
import { useRef, useState, type KeyboardEvent } from 'react';
import { SCENE_STRINGS as S, STRUCTURE_TEXT } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { useApp, useCurrentStage } from '../../state/app-store';
import type { StructureId, ViewId } from '../../story/structures';
import { scaleFor, viewFor } from '../../story/views';
import { loopRegionsOf } from '../brain/brain-paths';

/** Structures in a logical order: presynaptic side, cleft, postsynaptic side, signals. */
const SYNAPSE_ORDER: readonly StructureId[] = [
  'presynapticBouton',
  'vesicles',
  'releaseSites',
  'glutamate',
  'cleft',
  'nmdaReceptor',
  'magnesium',
  'ketamine',
  'ampaReceptor',
  'psd',
  'spineHead',
  'spineNeck',
  'trkB',
  'bdnf',
  'mtor',
  'dendriteShaft',
  'newSpines',
  'interneuronTerminal',
  'gaba',
  'akt',
  'ribosome',
  'synapticProtein',
  'stressedDendrite',
];
const DORSAL_ORDER: readonly StructureId[] = [
  'dorsalHorn',
  'glutamate',
  'nmdaReceptor',
  'magnesium',
  'ketamine',
];

/** The molecular close-up of one NMDA receptor: its parts, then what passes through it. */
const CLOSEUP_ORDER: readonly StructureId[] = [
  'nmdaReceptor',
  'gluN1',
  'gluN2',
  'glutamate',
  'glycine',
  'channelGate',
  'magnesium',
  'ions',
  'ketamine',
];

/** The brain scale: its regions front to back, then the arteries and the ketamine in them. */
const BRAIN_ORDER: readonly StructureId[] = [
  'prefrontalCortex',
  'orbitofrontalCortex',
  'striatum',
  'thalamus',
  'amygdala',
  'hippocampus',
  'arteries',
  'ketamine',
];

/** The circuit view: the two cells, then the spikes on their axons. */
const CIRCUIT_ORDER: readonly StructureId[] = ['interneuron', 'pyramidalCell', 'spikes'];

function structuresFor(view: ViewId, closeUp: boolean, circuit = false): readonly StructureId[] {
  if (circuit) return CIRCUIT_ORDER;
  if (closeUp) return CLOSEUP_ORDER;
  return view === 'dorsalHorn' ? DORSAL_ORDER : SYNAPSE_ORDER;
}

export function StructureToolbar() {
  const tr = useText();
  const stage = useCurrentStage();
  const condition = useApp((s) => s.selectedCondition);
  const selected = useApp((s) => s.selectedStructure);
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const view = viewFor(stage, condition);
  // a condition's brain view lists the regions its loop runs through; the infusion's, all
  const items =
    loopRegionsOf(view) ??
    (scaleFor(stage, condition) === 'brain'
      ? BRAIN_ORDER
      : structuresFor(
          view,
          !!stage.cast?.includes('channelCloseUp'),
          !!stage.cast?.includes('circuit'),
        ));
  const active = Math.min(focusIndex, items.length - 1);

  const move = (next: number) => {
    const i = (next + items.length) % items.length;
    setFocusIndex(i);
    buttons.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowRight: active + 1,
      ArrowUp: active - 1,
      ArrowLeft: active - 1,
      Home: 0,
      End: items.length - 1,
    };
    const next = keys[e.key];
    if (next !== undefined) {
      e.preventDefault();
      move(next);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      useApp.getState().selectStructure(null);
    }
  };

  return (
    <div className="structure-panel" data-open={open}>
      <button
        type="button"
        className="structure-toggle"
        aria-expanded={open}
        aria-controls="structure-list"
        data-testid="structure-toggle"
        title={tr(S.showStructures)}
        onClick={() => setOpen(!open)}
      >
        {tr(S.structures)}
      </button>
      <div
        id="structure-list"
        role="toolbar"
        aria-orientation="vertical"
        aria-label={tr(S.structures)}
        className="structure-list"
        hidden={!open}
        onKeyDown={onKeyDown}
      >
        {items.map((id, i) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === active ? 0 : -1}
            aria-pressed={selected === id}
            data-structure={id}
            onFocus={() => setFocusIndex(i)}
            onClick={() => useApp.getState().selectStructure(selected === id ? null : id)}
          >
            {tr(STRUCTURE_TEXT[id].name)}
          </button>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="structure-live">
        {selected
          ? `${tr(STRUCTURE_TEXT[selected].name)}: ${tr(STRUCTURE_TEXT[selected].line)}`
          : ''}
      </p>
    </div>
  );
}
