// Captions for a stage's narration, paced like subtitles: the text in short pieces (a sentence
// or two, long sentences split at a comma or semicolon), each shown from the point of the stage
// proportional to the text before it. Pure.

export interface CaptionChunk {
  text: string;
  /** fraction (0..1) of the stage's playing time at which the chunk appears */
  start: number;
}

/** Longest piece, in characters (two lines of subtitles). */
export const CHUNK_MAX_CHARS = 120;

function splitLong(sentence: string, max: number): string[] {
  if (sentence.length <= max) return [sentence];
  // the separator nearest the middle, then each half again
  const middle = sentence.length / 2;
  let best = -1;
  for (const m of sentence.matchAll(/[;,:—–]\s/g)) {
    const at = (m.index ?? 0) + 1;
    if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  if (best <= 0) return [sentence];
  return [
    ...splitLong(sentence.slice(0, best).trim(), max),
    ...splitLong(sentence.slice(best).trim(), max),
  ];
}

export function captionChunks(text: string, max = CHUNK_MAX_CHARS): CaptionChunk[] {
  const sentences = text
    .trim()
    .split(/(?<=[.!?…])\s+/)
    .flatMap((s) => splitLong(s.trim(), max))
    .filter(Boolean);
  const pieces: string[] = [];
  for (const s of sentences) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.length + 1 + s.length <= max)
      pieces[pieces.length - 1] = `${last} ${s}`;
    else pieces.push(s);
  }
  const total = pieces.reduce((sum, p) => sum + p.length, 0);
  let before = 0;
  return pieces.map((p) => {
    const chunk = { text: p, start: total ? before / total : 0 };
    before += p.length;
    return chunk;
  });
}

/** Index of the chunk to show at a fraction of the stage (the last one holds at the end). */
export function chunkIndexAt(chunks: readonly CaptionChunk[], fraction: number): number {
  let index = 0;
  const f = Number.isFinite(fraction) ? fraction : 0;
  for (let i = 1; i < chunks.length; i++) if (f >= (chunks[i]?.start ?? 2)) index = i;
  return index;
}
