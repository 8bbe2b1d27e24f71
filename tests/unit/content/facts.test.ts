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
import { PANEL_STRINGS } from '../../../src/i18n/strings/panels';

// Rows removed on 2026-12-02 because no source could be read for them (they were FROM MEMORY).
const REMOVED_FROM_MEMORY = [
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

  it('has no FROM MEMORY row left, and the removed ones are gone', () => {
    expect(FROM_MEMORY_IDS).toEqual([]);
    expect(FACT_LIST.filter((f) => f.status === 'from-memory')).toEqual([]);
    for (const id of REMOVED_FROM_MEMORY) {
      expect(getFact(id), id).toBeUndefined();
      expect(isFromMemory(id)).toBe(false);
      expect(() => shownFact(id)).toThrow(/unknown fact id/);
    }
    expect(isFromMemory('eff.kishimoto2016.trajectory')).toBe(false);
  });

  it('no row or source note still calls a figure FROM MEMORY', () => {
    for (const fact of FACT_LIST) {
      expect(`${fact.value} ${fact.note ?? ''}`, fact.id).not.toMatch(/stays FROM MEMORY/);
      expect(fact.fromMemoryParts ?? '', fact.id).not.toMatch(/eff\.zarate2006\./);
    }
    expect(getSource('zarate2006')!.note).not.toMatch(/are FROM MEMORY/);
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

  it('states the elimination half-life as 2–3 h and the slower terminal phase, with sources', () => {
    const beta = shownFact('pk.halfLife.beta');
    expect(beta.claim).toMatch(/elimination \(β\) half-life of racemic ketamine/i);
    expect(beta.value).toMatch(/2–3 h: 2\.5 h in the US Ketalar label/);
    expect(beta.value).toContain('Clements et al. 1982');
    expect(beta.extraSourceIds).toEqual(['yang2018']);
    expect(shownFact('pk.halfLife.bdd2003').value).toContain('approximately 120 min');
    expect(getSource('bdd2003')!.pmid).toBe('12516077');
    const terminal = shownFact('pk.halfLife.terminal2021');
    expect(terminal.value).toContain('5.2 ± 3.4 h (S-ketamine) and 6.1 ± 3.1 h (R)');
    expect(terminal.sourceId).toBe('hasan2021');
    const stage = storyJson.stages.find((s) => s.evidence.includes('pk.halfLife.beta'))!;
    expect(stage.evidence).toContain('pk.halfLife.terminal2021');
    expect(stage.explanation.en).toContain('elimination half-life about 2 to 3 hours');
    expect(stage.explanation.es).toContain('semivida de eliminación de unas 2 a 3 horas');
    expect(`${stage.explanation.en} ${stage.explanation.es}`).not.toMatch(/terminal/);
    expect(stage.speakerNotes.en).toMatch(
      /Clements et al\. 1982, as cited by Yang et al\. 2018 \[8\]/,
    );
    expect(stage.speakerNotes.en).toMatch(/about 5–6 hours shows at very low levels \[9\]/);
    expect(stage.speakerNotes.es).toMatch(/unas 5–6 horas \[9\]/);
    for (const lang of ['en', 'es'] as const) {
      expect(stage.speakerNotes[lang]).toContain('8. Yang Y, et al. 2018');
      expect(stage.speakerNotes[lang]).toContain('9. Hasan M, et al. 2021. Anesthesiology 135:326');
    }
  });

  it('says salt or base, and arterial or venous, with sources', () => {
    const salt = shownFact('pk.dose.saltOrBase');
    expect(salt.value).toContain('11.53 mg ketamine hydrochloride');
    expect(salt.value).toContain('13.3%');
    expect(getSource(salt.sourceId)!.kind).toBe('label');
    expect(getSource('berman2000')!.pmid).toBe('10686270');
    const site = shownFact('pk.sampling.arterialVenous');
    expect(site.sourceId).toBe('kamp2020');
    expect(site.value).toMatch(/central arterial compartment/);
    expect(site.status).toBe('verified');
  });

  it('the plasma panel names its curve and says base doses and a mixed (not arterial or venous) pool, in both languages', () => {
    expect(PANEL_STRINGS.plasmaCurve.en).toContain('dose as base');
    expect(PANEL_STRINGS.plasmaCurve.es).toContain('dosis como base');
    const note = PANEL_STRINGS.plasmaNote;
    expect(note.en).toMatch(/does not separate arterial from venous blood \(Kamp et al\. 2020/);
    expect(note.es).toMatch(/no distingue sangre arterial de venosa \(Kamp et al\. 2020/);
    expect(note.en).toContain('Doses are mg of ketamine base');
    expect(note.es).toContain('Las dosis son mg de ketamina base');
    expect(note.en).toContain('13% lower');
    expect(note.es).toContain('13 % menores');
    // the unverified claim that trials draw doses from base-labelled vials is gone
    expect(note.en).not.toMatch(/trials dose from vials/);
  });

  it('labels the Ebert 1997 binding constants as rat, on the sheet and on screen', () => {
    const ebert = shownFact('pd.enantiomers.affinity');
    expect(ebert.species).toBe('rat');
    expect(ebert.value).toContain('rat brain');
    const stage = storyJson.stages.find((s) => s.id === 'channel-block')!;
    expect(stage.explanation.en).toContain('(rat brain)');
    expect(stage.explanation.es).toContain('(cerebro de rata)');
  });

  it('keeps no FROM MEMORY part in any row (the last two were checked or removed on 2026-12-02)', () => {
    for (const fact of FACT_LIST) expect(fact.fromMemoryParts, fact.id).toBeUndefined();
    // First human study: the 1965 abstract (reprinted in Domino 2010) is the source of the value.
    const first = shownFact('hist.firstHuman');
    expect(first.sourceId).toBe('domino1965');
    expect(first.value).toContain('20 volunteers from a prison population');
    expect(first.value).toContain('dissociative anesthetic');
    // WHO list: no year of first listing is claimed, because none was found.
    expect(shownFact('hist.whoEML').value).toContain('year of first listing was not found');
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

  it('refuses unknown ids, including the removed FROM MEMORY rows', () => {
    expect(resolveEvidence('nope')).toEqual({ ok: false, id: 'nope', reason: 'unknown' });
    expect(resolveEvidence('pd.mtor.timing')).toEqual({
      ok: false,
      id: 'pd.mtor.timing',
      reason: 'unknown',
    });
  });
});
