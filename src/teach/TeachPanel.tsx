// The Teach menu's items: copy the embed code for this stage and language, download a
// labelled still of the stage, open the glossary, and how to cite and reuse.
import { useState } from 'react';
import { useApp, useCurrentStage } from '../state/app-store';
import { TEACH_STRINGS as S } from '../i18n/strings/teach';
import { useText } from '../i18n/use-text';
import { embedCode } from '../modes/embed/embed-code';
import { TeachDialog } from './TeachDialog';
import { GlossaryList } from './glossary/GlossaryList';
import { CiteText } from './CiteText';

type Open = 'glossary' | 'cite' | null;

export default function TeachPanel({ onDialog }: { onDialog(open: boolean): void }) {
  const tr = useText();
  const stage = useCurrentStage();
  const lang = useApp((s) => s.lang);
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<Open>(null);
  const openDialog = (d: Open) => {
    setDialog(d);
    onDialog(d !== null);
  };

  const copy = async () => {
    const snippet = embedCode(window.location.href, stage.id, lang, tr(stage.title));
    setCode(snippet);
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(tr(S.embedCopied));
    } catch {
      setStatus(tr(S.embedCopyFailed));
    }
  };
  const still = async () => {
    try {
      const { downloadSceneStill } = await import('../panels/export/scene-still');
      await downloadSceneStill(tr);
    } catch {
      setStatus(tr(S.downloadFailed));
    }
  };

  return (
    <div className="teach-items">
      <button type="button" onClick={() => void copy()} data-testid="copy-embed">
        {tr(S.copyEmbed)}
      </button>
      <p role="status" className="teach-status" data-testid="teach-status">
        {status}
      </p>
      {code !== null ? (
        <label className="teach-code">
          <span>{tr(S.embedCodeLabel)}</span>
          <textarea readOnly value={code} rows={4} data-testid="embed-code" />
        </label>
      ) : null}
      <button type="button" onClick={() => void still()} data-testid="scene-still">
        {tr(S.sceneStill)}
      </button>
      <button type="button" onClick={() => openDialog('glossary')} data-testid="glossary-open">
        {tr(S.glossary)}
      </button>
      <button type="button" onClick={() => openDialog('cite')} data-testid="cite-open">
        {tr(S.howToCite)}
      </button>
      {dialog === 'glossary' ? (
        <TeachDialog
          title={tr(S.glossary)}
          onClose={() => openDialog(null)}
          testId="glossary-dialog"
        >
          <GlossaryList />
        </TeachDialog>
      ) : null}
      {dialog === 'cite' ? (
        <TeachDialog title={tr(S.howToCite)} onClose={() => openDialog(null)} testId="cite-dialog">
          <CiteText />
        </TeachDialog>
      ) : null}
    </div>
  );
}
