// Present mode's own buttons: presenter window, full screen, blackout, handout, story file; and
// the page-wide drop zone for a story file.
import { useApp } from '../../state/app-store';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';
import { StoryDropZone } from '../story/StoryDropZone';
import { StoryMenu } from '../story/StoryMenu';
import { toggleFullscreen } from './fullscreen';
import { handoutUrl, openPresenterWindow } from './presenter-window';

export function PresentTools() {
  const tr = useText();
  const lang = useApp((s) => s.lang);
  return (
    <div className="present-tools" role="group" aria-label={tr(M.presentTools)}>
      <button type="button" onClick={openPresenterWindow} data-testid="presenter-button">
        {tr(M.openPresenter)} <kbd aria-hidden="true">P</kbd>
      </button>
      <button type="button" onClick={() => toggleFullscreen()} data-testid="fullscreen-button">
        {tr(M.fullscreen)} <kbd aria-hidden="true">F</kbd>
      </button>
      <button
        type="button"
        onClick={() => useApp.getState().setBlackout(true)}
        data-testid="blackout-button"
      >
        {tr(M.blackout)} <kbd aria-hidden="true">B</kbd>
      </button>
      <a
        className="button-link"
        href={handoutUrl()}
        target="_blank"
        rel="noopener"
        data-testid="handout-link"
        data-lang={lang}
      >
        {tr(M.handout)}
      </a>
      <StoryMenu />
      {/* a file dropped anywhere on the page (fixed overlay while dragging) */}
      <StoryDropZone />
    </div>
  );
}
