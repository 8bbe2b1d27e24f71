// Word-wraps a label into lines that fit a width, so SVG text never runs off the chart.
import { measureText } from './text-measure';

export type Measure = (text: string) => number;

/**
 * Greedy word wrap. A single word wider than maxWidth is broken by characters so that no
 * line is ever wider than maxWidth (long chemical names, URLs, pseudo-localised text).
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    if (measure(word) <= maxWidth) {
      line = word;
      return;
    }
    let chunk = '';
    for (const ch of word) {
      if (chunk && measure(chunk + ch) > maxWidth) {
        lines.push(chunk);
        chunk = ch;
      } else chunk += ch;
    }
    line = chunk;
  };
  for (const word of words) {
    if (!line) {
      pushWord(word);
      continue;
    }
    const candidate = `${line} ${word}`;
    if (measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      pushWord(word);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** wrapLines with the app font at fontPx. */
export function wrapText(text: string, maxWidth: number, fontPx: number, bold = false): string[] {
  return wrapLines(text, maxWidth, (t) => measureText(t, fontPx, bold));
}
