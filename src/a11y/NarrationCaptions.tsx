// Captions of the narration: the stage's narration in short pieces paced through the stage
// (like subtitles), and the latest model event under it. Text is written straight into the DOM
// on clock ticks, so playback causes no React commits. aria-hidden: the live region says it.
import { useEffect, useRef } from 'react';
import { useApp } from '../state/app-store';
import { onClockTick } from '../state/clock';
import { stageElapsed } from '../state/playback-loop';
import { captionChunks, chunkIndexAt, type CaptionChunk } from './caption-chunks';
import { latestNarration, narration, narrationText } from './narration';

export function NarrationCaptions() {
  const captions = useApp((s) => s.captions);
  const lang = useApp((s) => s.lang);
  const lineRef = useRef<HTMLParagraphElement>(null);
  const eventRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let chunks: CaptionChunk[] = [];
    let shown = -1;
    const showChunk = () => {
      const i = chunks.length ? chunkIndexAt(chunks, stageElapsed()) : -1;
      if (i === shown || !lineRef.current) return;
      shown = i;
      lineRef.current.textContent = chunks[i]?.text ?? '';
    };
    const showStage = () => {
      const line = latestNarration.stage;
      chunks = line ? captionChunks(narrationText(line, lang)) : [];
      shown = -1;
      showChunk();
    };
    const showEvent = () => {
      const line = latestNarration.event;
      if (eventRef.current) eventRef.current.textContent = line ? narrationText(line, lang) : '';
    };
    showStage();
    showEvent();
    const stopLines = narration.subscribe((line) => {
      if (line.kind === 'stage') showStage();
      showEvent();
    });
    const stopClock = onClockTick(showChunk);
    return () => {
      stopLines();
      stopClock();
    };
  }, [lang]);

  return (
    <div
      className="narration-captions"
      aria-hidden="true"
      hidden={!captions}
      data-testid="narration-captions"
    >
      <p ref={lineRef} className="narration-line" data-testid="narration-caption" />
      <p ref={eventRef} className="narration-event" data-testid="narration-event" />
    </div>
  );
}
