// Elapsed time since the talk started; the text is written once a second without React.
import { useEffect, useRef } from 'react';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';
import { formatElapsed, restartTalkClock, talkStartMs } from './presenter-clock';

export function PresenterClock() {
  const tr = useText();
  const out = useRef<HTMLOutputElement>(null);
  const start = useRef(0);

  useEffect(() => {
    start.current = talkStartMs();
    const show = () => {
      if (out.current) out.current.textContent = formatElapsed(Date.now() - start.current);
    };
    show();
    const timer = window.setInterval(show, 1000);
    return () => window.clearInterval(timer);
  }, []);

  const restart = () => {
    start.current = restartTalkClock();
    if (out.current) out.current.textContent = formatElapsed(0);
  };

  return (
    <div className="presenter-clock">
      <span className="control-label">{tr(M.elapsed)}</span>
      <output ref={out} className="elapsed" data-testid="presenter-elapsed" aria-live="off">
        0:00
      </output>
      <button type="button" onClick={restart}>
        {tr(M.restartTimer)}
      </button>
    </div>
  );
}
