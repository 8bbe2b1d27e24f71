import { describe, expect, it } from 'vitest';
import { citationsFor } from '../../../src/modes/handout/citations';
import { FACT_LIST, FROM_MEMORY_IDS, getFact } from '../../../src/content';
import storyJson from '../../../scenes/ketamine.json';

describe('handout citations', () => {
  it('cites the source of each evidence id once', () => {
    const fact = FACT_LIST.find((f) => f.status !== 'from-memory')!;
    const twin = FACT_LIST.find(
      (f) => f.id !== fact.id && f.sourceId === fact.sourceId && f.status !== 'from-memory',
    );
    const ids = twin ? [fact.id, twin.id] : [fact.id];
    const out = citationsFor(ids);
    expect(out[0]!.id).toBe(fact.sourceId);
    expect(out[0]!.known).toBe(true);
    expect(out[0]!.evidence).toEqual(ids);
    expect(out.filter((c) => c.id === fact.sourceId)).toHaveLength(1);
  });

  it('never cites a FROM MEMORY row', () => {
    for (const id of FROM_MEMORY_IDS) expect(citationsFor([id])).toEqual([]);
  });

  it('marks an unknown id as unknown instead of inventing a citation', () => {
    expect(citationsFor(['no.such.fact'])).toEqual([
      { id: 'no.such.fact', text: 'no.such.fact', evidence: ['no.such.fact'], known: false },
    ]);
  });

  it('finds a real citation for every evidence id of the built-in story', () => {
    for (const stage of storyJson.stages) {
      const out = citationsFor(stage.evidence);
      expect(out.length, stage.id).toBeGreaterThan(0);
      for (const c of out) expect(c.known, `${stage.id}: ${c.id}`).toBe(true);
      for (const id of stage.evidence) expect(getFact(id)?.status).not.toBe('from-memory');
    }
  });
});
