// A polite live region that reads the narration stream: stage changes and model events,
// each once. Also shows the latest line as a caption when captions are on.
import { useEffect, useRef } from 'react';
import { useApp } from '../state/app-store';
import { narration, narrationText, startNarration } from './narration';

export function LiveRegion() {
  const regionRef = useRef<HTMLDivElement>(null);
  const captionRef = useRef<HTMLParagraphElement>(null);
  const captions = useApp((s) => s.captions);

  useEffect(() => {
    const stopFeed = startNarration();
    const stopListen = narration.subscribe((line) => {
      const text = narrationText(line, useApp.getState().lang);
      if (!text) return;
      if (regionRef.current) {
        // Stage text replaces; model events append so a quick pair is not lost.
        if (line.kind === 'stage') regionRef.current.textContent = '';
        const p = document.createElement('p');
        p.textContent = text;
        regionRef.current.append(p);
        while (regionRef.current.childElementCount > 4)
          regionRef.current.firstElementChild?.remove();
      }
      if (captionRef.current) captionRef.current.textContent = text;
    });
    return () => {
      stopListen();
      stopFeed();
    };
  }, []);

  return (
    <>
      <div
        ref={regionRef}
        className="visually-hidden"
        aria-live="polite"
        data-testid="live-region"
      />
      <p
        ref={captionRef}
        className="narration-caption"
        data-testid="narration-caption"
        aria-hidden="true"
        hidden={!captions}
      />
    </>
  );
}
