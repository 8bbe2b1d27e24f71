// Every figure the panels show: it has a citation, it uses no FROM MEMORY fact, its table
// lists exactly the numbers its chart draws, and every figure states its sample size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FROM_MEMORY_IDS, getFact, hasFullCitation, isJournalKind } from '../../../src/content';
import { allShownFigures } from '../../../src/panels/data/figures-registry';

const LANGS = ['en', 'es'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(LANGS)('figures (%s)', (lang) => {
  const figures = allShownFigures(lang);

  it('covers every panel that shows data', () => {
    const panels = new Set(figures.map((f) => f.panel));
    for (const p of [
      'plasma',
      'block',
      'cascade',
      'outcomes',
      'matrix',
      'sideEffects',
      'history',
      'claims',
    ]) {
      expect(panels.has(p as never), p).toBe(true);
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('gives every figure at least one source, each citable', () => {
    for (const f of figures) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) {
        // Journal articles carry authors, year, journal and DOI/PMID, or say why not.
        if (isJournalKind(s) && !hasFullCitation(s))
          expect(s.incomplete, `${f.id}: ${s.id}`).toBeTruthy();
        // Whatever it is, someone can find it: a name, a title, a DOI or an address.
        expect(s.authors.length > 0 || Boolean(s.title || s.doi || s.url), `${f.id}: ${s.id}`).toBe(
          true,
        );
      }
    }
  });

  it('uses no FROM MEMORY fact', () => {
    for (const f of figures) {
      expect(f.factIds.length, f.id).toBeGreaterThan(0);
      for (const id of f.factIds) {
        expect(getFact(id), `${f.id}: unknown fact ${id}`).toBeDefined();
        expect(FROM_MEMORY_IDS, `${f.id} uses ${id}`).not.toContain(id);
      }
    }
  });

  it('lists in each table exactly the marks its chart draws, with the same values', () => {
    for (const f of figures) {
      if (!f.model) continue;
      const marks = f.model.rows.flatMap((r) => r.marks ?? []);
      const tableKeys = f.model.table.rows.map((r) => r.key);
      expect(marks.map((m) => m.key).sort(), f.id).toEqual([...tableKeys].sort());
      for (const m of marks) {
        const row = f.model.table.rows.find((r) => r.key === m.key)!;
        // The mark's value text appears in its table row (value or "when" column).
        expect(
          row.cells.some((c) => c.includes(m.dataValue)),
          `${f.id}/${m.key}`,
        ).toBe(true);
      }
      expect(f.model.table.caption.length, f.id).toBeGreaterThan(0);
      expect(f.model.summary.length, f.id).toBeGreaterThan(20);
      expect(f.model.summary, f.id).not.toMatch(/\{\w+\}|NaN|undefined/);
    }
  });

  it('states a sample size (or that the source gives none) in every row figure', () => {
    for (const f of figures) {
      if (!f.model) continue;
      const nCol = f.model.table.columns.findIndex((c) => c.key === 'n');
      expect(nCol, f.id).toBeGreaterThan(0);
      for (const r of f.model.table.rows)
        expect(r.cells[nCol], `${f.id}/${r.key}`).toMatch(/\d|n /);
      const labels = f.model.rows.map((r) => r.label).join(' ');
      expect(labels + f.model.summary + (f.model.note ?? ''), f.id).toMatch(
        /n = \d|N = \d|\d+ (patients|pacientes|participants|participantes)|n not given|n no indicado|number of patients|número de pacientes/,
      );
    }
  });

  it('keeps every mark inside its axis domain', () => {
    for (const f of figures) {
      if (!f.model) continue;
      const [lo, hi] = f.model.xDomain;
      for (const m of f.model.rows.flatMap((r) => r.marks ?? [])) {
        for (const v of [m.value, m.low, m.high]) {
          if (v === undefined) continue;
          expect(v, `${f.id}/${m.key}`).toBeGreaterThanOrEqual(lo);
          expect(v, `${f.id}/${m.key}`).toBeLessThanOrEqual(hi);
        }
      }
    }
  });
});

describe('source code', () => {
  it('never names a FROM MEMORY fact anywhere in src/panels', () => {
    const files = filesUnder('src/panels').filter((p) => /\.(ts|tsx)$/.test(p));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const id of FROM_MEMORY_IDS)
        expect(text.includes(`'${id}'`), `${file}: ${id}`).toBe(false);
    }
  });
});
