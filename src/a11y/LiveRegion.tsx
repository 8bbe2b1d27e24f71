// The one polite live region: it reads the narration stream (stage changes and model events),
// each line once. Mounted once, in the main view. The visible captions (./NarrationCaptions)
// follow the same stream but are hidden from screen readers, so nothing is said twice.
import { useEffect, useRef } from 'react';
import { useApp } from '../state/app-store';
import { narration, narrationText, startNarration } from './narration';

/** Lines kept in the region (a quick pair of events is not lost; old ones go). */
const KEEP = 4;

export function LiveRegion() {
  const regionRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const stopListen = narration.subscribe((line) => {
      const region = regionRef.current;
      const text = narrationText(line, useApp.getState().lang);
      if (!region || !text) return;
      // a stage replaces what was there; model events are added after it
      if (line.kind === 'stage') region.textContent = '';
      const p = document.createElement('p');
      p.textContent = text;
      p.dataset.line = line.key;
      region.append(p);
      while (region.childElementCount > KEEP) region.firstElementChild?.remove();
    });
    const stopFeed = startNarration();
    return () => {
      stopListen();
      stopFeed();
    };
  }, []);

  // what was said stays said; in a new language the old lines would only be found, stale
  const lang = useApp((s) => s.lang);
  const spokenIn = useRef(lang);
  useEffect(() => {
    if (spokenIn.current === lang) return;
    spokenIn.current = lang;
    if (regionRef.current) regionRef.current.textContent = '';
  }, [lang]);

  return (
    <div ref={regionRef} className="visually-hidden" aria-live="polite" data-testid="live-region" />
  );
}
