// The presenter window (?mode=present&view=presenter), on the lecturer's laptop: this stage's
// speaker notes, the next stage's title and a still, the talk clock, and controls that move
// the projected window too (./sync). No 3D scene here. `teachTools` is the shell's slot for
// the teaching tools ("Ask the class"), which this layer does not import.
import type { ReactNode } from 'react';
import { bundledStory, useCurrentStage, useApp } from '../../state/app-store';
import { speakerNotesOf } from '../../story/bundled-notes';
import { visibleStages } from '../../state/store';
import { APP_STRINGS as S } from '../../i18n/strings/app';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';
import { StageNav } from '../../ui/StageNav';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Notices } from '../../ui/Notices';
import { HelpButton, HelpDialog } from '../../ui/HelpDialog';
import { ResetButton } from '../../ui/ResetButton';
import { SpeedControl } from '../../ui/SpeedControl';
import { StageStill } from '../StageStill';
import { TermText } from '../../ui/TermText';
import { PresenterClock } from './PresenterClock';

export default function PresenterView({ teachTools }: { teachTools?: ReactNode }) {
  const tr = useText();
  const stage = useCurrentStage();
  const story = useApp((s) => s.story);
  const stageIndex = useApp((s) => s.stageIndex);
  const blackout = useApp((s) => s.blackout);
  // as the projector draws it (the condition comes over the sync channel)
  const condition = useApp((s) => s.selectedCondition);
  const notes = speakerNotesOf(stage, story === bundledStory);
  const stages = visibleStages(story);
  const next = stages[stageIndex + 1];

  return (
    <div className="presenter app-page" data-view="presenter" data-testid="presenter-view">
      <header className="presenter-header">
        <h1>
          {tr(M.presenterTitle)} · {tr(story.title)}
        </h1>
        <LanguageSwitch />
        <PresenterClock />
      </header>
      <Notices />
      <p className="presenter-hint">{tr(M.presenterHint)}</p>
      {blackout && (
        <p className="presenter-blackout" role="status" data-testid="presenter-blackout">
          {tr(M.audienceBlackedOut)}
        </p>
      )}
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <p className="control-label">
            {tr(M.nowShowing)} · {tr(S.stageOf, { n: stageIndex + 1, total: stages.length })}
          </p>
          <h2 id="presenter-current-title" data-testid="stage-title" data-stage={stage.id}>
            {tr(stage.title)}
          </h2>
          <p className="presenter-caption">{tr(stage.caption)}</p>
          <h3>{tr(M.speakerNotes)}</h3>
          <div className="speaker-notes" data-testid="speaker-notes">
            <TermText text={notes ? tr(notes) : ''} />
          </div>
        </section>
        <aside className="presenter-next" aria-labelledby="presenter-next-heading">
          <h3 id="presenter-next-heading">{tr(M.upNext)}</h3>
          {next ? (
            <>
              <p className="presenter-next-title" data-testid="next-title">
                {tr(next.title)}
              </p>
              <StageStill stage={next} n={stageIndex + 2} condition={condition} />
            </>
          ) : (
            <p className="presenter-next-title" data-testid="next-title">
              {tr(M.endOfStory)}
            </p>
          )}
        </aside>
      </main>
      <footer className="presenter-footer">
        <StageNav />
        <SpeedControl />
        <ResetButton />
        <button
          type="button"
          aria-pressed={blackout}
          onClick={() => useApp.getState().setBlackout(!blackout)}
          data-testid="blackout-button"
        >
          {tr(M.blackout)}
        </button>
        {teachTools}
        <HelpButton />
      </footer>
      <HelpDialog />
    </div>
  );
}
