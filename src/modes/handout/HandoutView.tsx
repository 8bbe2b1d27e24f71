// The printable handout (?view=handout): one page per visible stage with a still, the
// caption, the explanation and the sources. The browser's print to PDF gives the handout.
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { withParams } from '../../state/url-params';
import { APP_STRINGS as S } from '../../i18n/strings/app';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';
import { Notices } from '../../ui/Notices';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { StageStill } from '../StageStill';
import { citationsFor } from './citations';
import { fitPages } from './fit-pages';
import { SETTINGS_DEFAULTS } from '../../state/store';

/** `appendix`: pages after the stages' (the glossary, given by the page shell). */
export default function HandoutView({ appendix }: { appendix?: ReactNode }) {
  const tr = useText();
  const story = useApp((s) => s.story);
  const mode = useApp((s) => s.mode);
  const stages = visibleStages(story);
  const backHref = `${window.location.pathname}${withParams(window.location.search, { view: null, mode: mode === SETTINGS_DEFAULTS.mode ? null : mode })}`;

  const root = useRef<HTMLDivElement>(null);
  const lang = useApp((s) => s.lang);

  useLayoutEffect(() => {
    const pages = () => root.current?.querySelectorAll<HTMLElement>('.handout-page') ?? [];
    fitPages(pages());
    let live = true;
    // the web fonts change line breaks: measure again once they are in
    void document.fonts?.ready.then(() => live && fitPages(pages()));
    return () => {
      live = false;
    };
  }, [story, lang]);

  useEffect(() => {
    document.documentElement.classList.add('handout-document');
    return () => document.documentElement.classList.remove('handout-document');
  }, []);

  return (
    <div className="handout" data-view="handout" data-testid="handout" ref={root}>
      <div className="handout-toolbar no-print">
        <h1>
          {tr(M.handoutTitle)}: {tr(story.title)}
        </h1>
        <p>{tr(M.handoutHint)}</p>
        <div className="handout-actions">
          <button type="button" onClick={() => window.print()} data-testid="print-button">
            {tr(M.print)}
          </button>
          <a href={backHref}>{tr(M.backToApp)}</a>
          <LanguageSwitch />
        </div>
        <Notices />
      </div>
      {stages.map((stage, i) => {
        const citations = citationsFor(stage.evidence);
        return (
          <article
            key={stage.id}
            className="handout-page"
            data-testid="handout-page"
            data-stage={stage.id}
            aria-labelledby={`handout-${stage.id}`}
          >
            <header className="handout-page-header">
              <span>{tr(story.title)}</span>
              <span>{tr(M.pageOf, { n: i + 1, total: stages.length })}</span>
            </header>
            <h2 id={`handout-${stage.id}`}>{tr(stage.title)}</h2>
            <StageStill stage={stage} n={i + 1} />
            <p className="handout-caption">{tr(stage.caption)}</p>
            <div className="handout-explanation">{tr(stage.explanation)}</div>
            <h3>{tr(M.sources)}</h3>
            <ol className="handout-sources">
              {citations.map((c) => (
                <li key={c.id} data-source={c.id}>
                  {c.known ? c.text : tr(M.evidenceId, { id: c.text })}
                </li>
              ))}
            </ol>
            <footer className="handout-page-footer">{tr(S.notAdvice)}</footer>
          </article>
        );
      })}
      {appendix}
    </div>
  );
}
