import { describe, expect, it } from 'vitest';
import { captionChunks, chunkIndexAt, CHUNK_MAX_CHARS } from '../../../src/a11y/caption-chunks';
import { chainStepsFor, stillReadout, shownNumber } from '../../../src/a11y/still-readout';
import { listText, valueText } from '../../../src/a11y/readout-text';
import { STANDARD_INFUSION } from '../../../src/model';
import storyJson from '../../../scenes/ketamine.json';

const stage = (id: string) => {
  const s = storyJson.stages.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s as typeof s & { modelWindow: { scale: 'linear' | 'log' } };
};

describe('caption chunks', () => {
  it('keeps every word of every stage narration, in order, in pieces of two lines at most', () => {
    for (const s of storyJson.stages) {
      for (const lang of ['en', 'es'] as const) {
        const text = s.narration[lang];
        const chunks = captionChunks(text);
        expect(chunks.map((c) => c.text).join(' ')).toBe(text.trim().replace(/\s+/g, ' '));
        for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(CHUNK_MAX_CHARS + 40);
        expect(chunks[0]?.start).toBe(0);
        const starts = chunks.map((c) => c.start);
        expect([...starts].sort((a, b) => a - b)).toEqual(starts);
        expect(starts.every((x) => x >= 0 && x < 1)).toBe(true);
      }
    }
  });

  it('shows each piece for a share of the stage in proportion to its length', () => {
    const chunks = captionChunks(
      'One short sentence here. Another short sentence. ' + 'x'.repeat(100) + '.',
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunkIndexAt(chunks, 0)).toBe(0);
    expect(chunkIndexAt(chunks, 0.999)).toBe(chunks.length - 1);
    expect(chunkIndexAt(chunks, 1)).toBe(chunks.length - 1); // holds at the end
    expect(chunkIndexAt(chunks, Number.NaN)).toBe(0);
  });

  it('splits a long sentence at the comma or semicolon nearest its middle', () => {
    const long =
      'In mice they appear 12 to 24 hours after a dose and can last up to two weeks; they keep the effect going rather than start it.';
    const chunks = captionChunks(long, 80);
    expect(chunks.map((c) => c.text)).toEqual([
      'In mice they appear 12 to 24 hours after a dose and can last up to two weeks;',
      'they keep the effect going rather than start it.',
    ]);
  });
});

describe('still readout (reduced motion)', () => {
  it('shows the infusion raising plasma to its peak near 185 ng/mL (pk.cmax.antidep)', () => {
    const r = stillReadout(stage('infusion'), STANDARD_INFUSION);
    const plasma = r.rows.find((x) => x.id === 'plasma');
    expect(plasma?.direction).toBe('up');
    expect(shownNumber('ngPerMl', plasma?.before ?? NaN)).toBe(0);
    expect(plasma?.after).toBeGreaterThan(160);
    expect(plasma?.after).toBeLessThan(210);
    expect(r.startMin).toBe(0);
    expect(r.endMin).toBe(40);
  });

  it('shows spines rising only in the spines stage window (12–24 h in mice), not at rest', () => {
    const spines = stillReadout(stage('spines'), STANDARD_INFUSION).rows.find(
      (x) => x.id === 'spines',
    );
    expect(spines?.direction).toBe('up');
    const rest = stillReadout(stage('rest'), STANDARD_INFUSION).rows;
    expect(rest.filter((x) => x.id !== 'plasma').every((x) => x.direction === 'steady')).toBe(true);
  });

  it('shows the drug washing out over the conditions stage', () => {
    const rows = stillReadout(stage('conditions'), STANDARD_INFUSION).rows;
    expect(rows.find((x) => x.id === 'plasma')?.direction).toBe('down');
    expect(rows.find((x) => x.id === 'block')?.direction).toBe('down');
  });

  it('writes values as ng/mL and percent in each language', () => {
    expect(valueText('ngPerMl', 188.4, 'en')).toBe('188 ng/mL');
    expect(valueText('fraction', 0.614, 'en')).toBe('61%');
    expect(valueText('relative', 1.72, 'es')).toBe('172 %');
    expect(valueText('relative', 1.72, 'pseudo')).toBe('172%');
    expect(listText(['a', 'b', 'c'], 'es')).toBe('a, b y c');
    expect(listText(['a'], 'en')).toBe('a');
  });

  it('marks the chain step each mechanism stage shows', () => {
    expect(chainStepsFor('channel-block')).toEqual(['block']);
    expect(chainStepsFor('disinhibition')).toEqual(['brake', 'glutamate']);
    expect(chainStepsFor('history')).toEqual([]);
  });
});
