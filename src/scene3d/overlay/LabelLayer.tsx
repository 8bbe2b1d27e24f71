// Labels over the scene: the selected structure (name and one line), the hovered one, and the
// stage's highlighted structures, each joined to its structure by a leader line. React sets
// their text when the selection or stage changes; LabelProjector moves them every frame.
import { useLayoutEffect } from 'react';
import { SCENE_STRINGS as S, STRUCTURE_TEXT } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { useApp, useCurrentStage } from '../../state/app-store';
import { viewFor } from '../../story/views';
import { loopRegionsOf } from '../brain/brain-paths';
import {
  FIRST_HIGHLIGHT_SLOT,
  HOVER_SLOT,
  SELECTED_SLOT,
  labelSlots,
  labelledHighlights,
} from './label-slots';

const slotRef = (i: number) => (el: HTMLElement | null) => {
  labelSlots[i]!.el = el;
};
const refs = labelSlots.map((_, i) => slotRef(i));
const leaderRefs = labelSlots.map((_, i) => (el: SVGGElement | null) => {
  labelSlots[i]!.leader = el;
});
const LEADER_CLASS = ['leader-selected', 'leader-hover'];

export function LabelLayer() {
  const tr = useText();
  const selected = useApp((s) => s.selectedStructure);
  const stage = useCurrentStage();
  const condition = useApp((s) => s.selectedCondition);
  const view = viewFor(stage, condition);
  // a condition's brain picture names the regions its loop runs through
  const named = loopRegionsOf(view) ?? stage.highlight;
  const highlights = labelledHighlights(named, selected);

  useLayoutEffect(() => {
    labelSlots[SELECTED_SLOT]!.id = selected;
    for (let i = FIRST_HIGHLIGHT_SLOT; i < labelSlots.length; i++) {
      labelSlots[i]!.id = highlights[i - FIRST_HIGHLIGHT_SLOT] ?? null;
    }
  });

  return (
    <div className="scene-labels" aria-hidden="true">
      <svg className="scene-leaders">
        {labelSlots.map((_, i) => (
          <g
            key={i}
            ref={leaderRefs[i]}
            className={LEADER_CLASS[i] ?? 'leader-highlight'}
            style={{ visibility: 'hidden' }}
          >
            <line className="leader-halo" />
            <line />
            <circle r={3.5} />
          </g>
        ))}
      </svg>
      {view === 'dorsalHorn' ? <p className="scene-legend">{tr(S.windupLabel)}</p> : null}
      {view === 'calm' ? <p className="scene-legend">{tr(S.calmLabel)}</p> : null}
      <div
        ref={refs[SELECTED_SLOT]}
        className="scene-label scene-label-selected"
        data-testid="scene-label-selected"
      >
        {selected ? (
          <>
            <strong>{tr(STRUCTURE_TEXT[selected].name)}</strong>
            <span>{tr(STRUCTURE_TEXT[selected].line)}</span>
          </>
        ) : null}
      </div>
      <div ref={refs[HOVER_SLOT]} className="scene-label scene-label-hover" />
      {labelSlots.slice(FIRST_HIGHLIGHT_SLOT).map((_, k) => {
        const id = highlights[k];
        return (
          <div
            key={k}
            ref={refs[FIRST_HIGHLIGHT_SLOT + k]}
            className="scene-label scene-label-highlight"
          >
            {id ? tr(STRUCTURE_TEXT[id].name) : null}
          </div>
        );
      })}
    </div>
  );
}
