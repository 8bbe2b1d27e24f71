// Caption pieces end where a sentence or a clause ends, in both languages (issue 12: stage 7's
// caption on a phone stopped at "two weeks;", a 126-character sentence cut at its semicolon).
import { describe, expect, it } from 'vitest';
import { captionChunks, CHUNK_MAX_CHARS, sentencesOf } from '../../../src/a11y/caption-chunks';
import storyJson from '../../../scenes/ketamine.json';

const spines = storyJson.stages.find((s) => s.id === 'spines')!;
const texts = (text: string, max?: number) => captionChunks(text, max).map((c) => c.text);

describe('caption pieces', () => {
  it('show stage 7 sentence by sentence in both languages: no piece stops at "weeks;"', () => {
    for (const lang of ['en', 'es'] as const) {
      const pieces = texts(spines.narration[lang]);
      expect(pieces).toEqual(sentencesOf(spines.narration[lang]));
      for (const p of pieces) expect(p).toMatch(/[.!?…]$/);
    }
    expect(texts(spines.narration.en)[1]).toBe(
      'In mice they appear 12 to 24 hours after a dose and can last up to two weeks; they keep the effect going rather than start it.',
    );
  });

  it('end every piece of every stage at a sentence end or, in a long sentence, a clause end', () => {
    for (const s of storyJson.stages) {
      for (const lang of ['en', 'es'] as const) {
        const pieces = texts(s.narration[lang]);
        for (const p of pieces) {
          expect(p, `${s.id} ${lang}`).toMatch(/[.!?…;:,—–]$/);
          // a piece stays within four phone lines
          expect(p.length, `${s.id} ${lang}: ${p}`).toBeLessThanOrEqual(CHUNK_MAX_CHARS * (4 / 3));
        }
        // a piece ending mid-sentence is followed by the rest of that sentence, not a new one
        for (const [i, p] of pieces.entries()) {
          if (!/[;:,—–]$/.test(p)) continue;
          expect(pieces[i + 1], `${s.id} ${lang}`).toMatch(/^[a-zà-ÿ]/);
          // and a cut leaves no scrap on either side
          expect(Math.min(p.length, pieces[i + 1]!.length)).toBeGreaterThanOrEqual(30);
        }
      }
    }
  });

  it('keeps a sentence a little over the length whole, and cuts a long one at its semicolon', () => {
    const a = 'A first sentence that is short.';
    const justOver = `${'word '.repeat(26)}then; more words to end it.`; // 161 > 120, < 160
    expect(justOver.length).toBeGreaterThan(CHUNK_MAX_CHARS);
    expect(justOver.length).toBeLessThanOrEqual(CHUNK_MAX_CHARS * (4 / 3));
    expect(texts(`${a} ${justOver}`)).toEqual([a, justOver]);
    // the comma is nearer the middle, but the semicolon is the stronger clause end
    const long =
      'Blood levels rise for forty minutes during the infusion in the clinic, then they fall again slowly over the following hours; the effect on mood comes later and lasts days.';
    expect(texts(long, 100)).toEqual([
      'Blood levels rise for forty minutes during the infusion in the clinic, then they fall again slowly over the following hours;',
      'the effect on mood comes later and lasts days.',
    ]);
  });

  it('does not cut at a decimal point or a comma that would leave a scrap', () => {
    expect(sentencesOf('It cut opening by 0.1 to 1 micromolar. Then, it stopped.')).toEqual([
      'It cut opening by 0.1 to 1 micromolar.',
      'Then, it stopped.',
    ]);
    const scrap = `Then, ${'a long run of words without any clause end at all '.repeat(4)}.`;
    expect(texts(scrap, 100)).toEqual([scrap]);
  });
});
