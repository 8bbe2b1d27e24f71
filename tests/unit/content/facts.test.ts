// Fact rows: FROM MEMORY rows exist but can never be shown; every row cites a known source.
import { describe, expect, it } from 'vitest';
import {
  FACT_LIST,
  FROM_MEMORY_IDS,
  getFact,
  isFromMemory,
  shownFact,
} from '../../../src/content/facts';
import { getSource } from '../../../src/content/bibliography';
import { resolveEvidence } from '../../../src/content/resolve-evidence';
import storyJson from '../../../scenes/ketamine.json';

// The rows the fact sheet marks FROM MEMORY (fixture copied from the sheet).
const SHEET_FROM_MEMORY = [
  'pd.bdnf.timing',
  'pd.mtor.timing',
  'eff.zarate2006.response24h',
  'eff.zarate2006.week1',
  'eff.zarate2006.effectSize',
];

describe('facts', () => {
  it('has unique ids', () => {
    const ids = FACT_LIST.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks exactly the sheet’s FROM MEMORY rows', () => {
    expect([...FROM_MEMORY_IDS].sort()).toEqual([...SHEET_FROM_MEMORY].sort());
    for (const id of SHEET_FROM_MEMORY) expect(isFromMemory(id)).toBe(true);
    expect(isFromMemory('eff.kishimoto2016.trajectory')).toBe(false);
  });

  it('shownFact throws for FROM MEMORY ids', () => {
    for (const id of SHEET_FROM_MEMORY) {
      expect(getFact(id)).toBeDefined();
      expect(() => shownFact(id)).toThrow(/FROM MEMORY/);
    }
  });

  it('shownFact throws for unknown ids', () => {
    expect(() => shownFact('pd.no.such.fact')).toThrow(/unknown fact id/);
    expect(() => shownFact('')).toThrow(/unknown fact id/);
  });

  it('shownFact returns verified and secondary rows', () => {
    expect(shownFact('eff.kishimoto2016.trajectory').status).toBe('verified');
    expect(shownFact('pk.cmax.antidep').status).toBe('verified-secondary');
    expect(shownFact('pk.cmax.antidep').value).toContain('185 ng/mL');
  });

  it('cites a source in the bibliography for every row', () => {
    for (const fact of FACT_LIST) {
      expect(getSource(fact.sourceId), `${fact.id} -> ${fact.sourceId}`).toBeDefined();
      for (const extra of fact.extraSourceIds ?? []) {
        expect(getSource(extra), `${fact.id} -> ${extra}`).toBeDefined();
      }
    }
  });

  it('never labels a rat or mouse finding as human', () => {
    for (const fact of FACT_LIST) {
      const text = `${fact.claim} ${fact.value} ${fact.timing}`;
      if (/\b(rats?|mouse|mice)\b/i.test(text) && !/\bhuman\b/i.test(fact.claim)) {
        expect(fact.species, fact.id).not.toBe('human');
      }
    }
    expect(getFact('pd.spines.modaSava')!.species).toBe('mouse');
    expect(getFact('pd.mtor.synapses')!.species).toBe('rat');
    expect(getFact('pd.disinhibition')!.species).toBe('rat');
  });

  it('shows the trapped fraction as the sheet gives it, from Mealing 1999, in both languages', () => {
    const trapping = shownFact('pd.nmda.trapping');
    expect(trapping.status).toBe('verified');
    expect(trapping.species).toBe('rat');
    expect(trapping.value).toContain('86 ± 1%');
    expect(getSource(trapping.sourceId)!.pmid).toBe('9862772');
    const stage = storyJson.stages.find((s) => s.id === 'channel-block')!;
    expect(stage.evidence).toContain('pd.nmda.trapping');
    expect(stage.explanation.en).toMatch(/\b86% of the block .*Mealing et al\. 1999/);
    expect(stage.explanation.es).toMatch(/\b86 % del bloqueo .*Mealing et al\., 1999/);
  });

  it('no longer claims a dissociation peak its paper does not report', () => {
    expect(getFact('se.dissociation.peak40')).toBeUndefined();
    const cadss = shownFact('se.dissociation.cadss40');
    expect(cadss.sourceId).toBe('luckenbaugh2014');
    expect(`${cadss.claim} ${cadss.value}`).not.toMatch(/\bpeak/i);
  });

  it('shows the Zarate 2006 onset only as its secondary sources give it (about 2 h, not 110 min)', () => {
    const onset = shownFact('eff.zarate2006.onset');
    expect(onset.status).toBe('verified-secondary');
    expect(onset.extraSourceIds).toEqual(['nihNews2006', 'dean2021']);
    expect(`${onset.value} ${onset.timing}`).not.toContain('110');
    expect(getSource('zarate2006')!.pmid).toBe('16894061');
  });

  it('keeps partly-from-memory rows flagged', () => {
    expect(getFact('hist.firstHuman')!.fromMemoryParts).toBeTruthy();
    expect(getFact('hist.zarate2006')!.fromMemoryParts).toBeTruthy();
    expect(getFact('hist.whoEML')!.fromMemoryParts).toBeTruthy();
  });
});

describe('resolveEvidence', () => {
  it('resolves a shown fact with its source', () => {
    const r = resolveEvidence('pain.orhurhu2019');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.source.id).toBe('orhurhu2019');
      expect(r.source.doi).toBe('10.1213/ANE.0000000000004185');
    }
  });

  it('returns extra sources', () => {
    const r = resolveEvidence('pk.halfLife.beta');
    expect(r.ok && r.extraSources.map((s) => s.id)).toEqual(['yang2018']);
  });

  it('refuses unknown and FROM MEMORY ids, saying which', () => {
    expect(resolveEvidence('nope')).toEqual({ ok: false, id: 'nope', reason: 'unknown' });
    expect(resolveEvidence('pd.mtor.timing')).toEqual({
      ok: false,
      id: 'pd.mtor.timing',
      reason: 'from-memory',
    });
  });
});
