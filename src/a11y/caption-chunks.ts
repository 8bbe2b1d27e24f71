// Captions for a stage's narration, paced like subtitles: the text in short pieces (one or more
// whole sentences), each shown from the point of the stage proportional to the text before it.
// A sentence is cut only when it is too long for the caption area, and then at its strongest
// clause end (semicolon, colon or dash before a comma), never leaving a scrap. Pure.

export interface CaptionChunk {
  text: string;
  /** fraction (0..1) of the stage's playing time at which the chunk appears */
  start: number;
}

/** Longest piece made by joining sentences, in characters (about three lines on a phone). */
export const CHUNK_MAX_CHARS = 120;

/**
 * Longest sentence kept whole, in characters, as a multiple of the piece length: a sentence a
 * little over is easier to read whole than cut at a clause (a piece that ends "...two weeks;"
 * reads as cut off, above all while the story is paused).
 */
const SENTENCE_SLACK = 4 / 3;

/** Shortest part a cut may leave on either side, in characters (no two-word scraps). */
const MIN_PART_CHARS = 30;

/** Clause ends, strongest first: a cut goes after the strongest kind the sentence has. */
const CLAUSE_ENDS = [/[;:—–]\s/g, /,\s/g] as const;

/** Where to cut a sentence (index after the separator), or -1 if it has no usable clause end. */
function cutAt(sentence: string): number {
  const middle = sentence.length / 2;
  for (const pattern of CLAUSE_ENDS) {
    let best = -1;
    for (const m of sentence.matchAll(pattern)) {
      const at = (m.index ?? 0) + 1;
      if (at < MIN_PART_CHARS || sentence.length - at < MIN_PART_CHARS) continue;
      if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
    }
    if (best > 0) return best;
  }
  return -1;
}

function splitLong(sentence: string, longest: number): string[] {
  if (sentence.length <= longest) return [sentence];
  const at = cutAt(sentence);
  if (at <= 0) return [sentence];
  return [
    ...splitLong(sentence.slice(0, at).trim(), longest),
    ...splitLong(sentence.slice(at).trim(), longest),
  ];
}

/** The narration's sentences (ends: . ! ? … followed by a space; "0.1" is not an end). */
export function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function captionChunks(text: string, max = CHUNK_MAX_CHARS): CaptionChunk[] {
  const longest = Math.round(max * SENTENCE_SLACK);
  const pieces: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const parts = splitLong(sentence, longest);
    // whole sentences join the piece before them while it stays short; a cut one starts anew
    const last = pieces[pieces.length - 1];
    const first = parts[0]!;
    if (parts.length === 1 && last !== undefined && last.length + 1 + first.length <= max) {
      pieces[pieces.length - 1] = `${last} ${first}`;
    } else pieces.push(...parts);
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
